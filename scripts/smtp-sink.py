#!/usr/bin/env python3
"""An SMTP server that accepts every message and keeps only a count, for benchmarks.

Usage: scripts/smtp-sink.py PORT COUNT_FILE
Listens on 127.0.0.1:PORT (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT; no TLS, no sign-in) and
writes the number of messages received so far to COUNT_FILE after each one.
"""
import asyncio
import socket
import sys

count = 0


async def session(reader, writer):
    global count
    writer.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    writer.write(b"220 sink ESMTP\r\n")
    while True:
        line = await reader.readline()
        if not line:
            break
        verb = line[:4].upper()
        if verb == b"EHLO":
            writer.write(b"250-sink\r\n250-8BITMIME\r\n250 SIZE 52428800\r\n")
        elif verb == b"DATA":
            writer.write(b"354 go ahead\r\n")
            await writer.drain()
            await reader.readuntil(b"\r\n.\r\n")
            count += 1
            with open(sys.argv[2], "w") as out:
                out.write(str(count))
            writer.write(b"250 queued\r\n")
        elif verb == b"QUIT":
            writer.write(b"221 bye\r\n")
            await writer.drain()
            break
        else:
            writer.write(b"250 ok\r\n")
        await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(session, "127.0.0.1", int(sys.argv[1]), limit=1 << 26)
    async with server:
        await server.serve_forever()


asyncio.run(main())
