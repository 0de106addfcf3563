-- Each event gets the next number of one sequence when it is recorded as having happened:
-- on insert, or when an expected event is confirmed. E-mail alerts send what is numbered
-- after the last number a subscriber was sent. Events from before this migration have no
-- number, and so are never new to anyone.
create sequence tender_event_happened_seq;

alter table tender_event add column happened_seq bigint;

create function tender_event_number_happened() returns trigger language plpgsql as $$
begin
    if not new.expected and (tg_op = 'INSERT' or old.expected) then
        new.happened_seq := nextval('tender_event_happened_seq');
    end if;
    return new;
end
$$;

create trigger tender_event_number_happened
    before insert or update of expected on tender_event
    for each row execute function tender_event_number_happened();

create index tender_event_happened_idx on tender_event (happened_seq) where happened_seq is not null;
