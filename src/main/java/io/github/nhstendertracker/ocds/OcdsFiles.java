package io.github.nhstendertracker.ocds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the files to import: each path given is a file, or a folder searched at any depth
 * for {@code .json}, {@code .jsonl}, {@code .json.gz} and {@code .jsonl.gz} files (any
 * case).
 */
public final class OcdsFiles {

	private static final List<String> ENDINGS = List.of(".json", ".jsonl", ".json.gz", ".jsonl.gz");

	private OcdsFiles() {
	}

	/**
	 * The files, sorted by path, each once. A file given by name is taken whatever its
	 * ending.
	 * @throws IllegalArgumentException when a path does not exist, naming it
	 */
	public static List<Path> find(List<Path> paths) {
		TreeSet<Path> found = new TreeSet<>();
		for (Path path : paths) {
			if (!Files.exists(path)) {
				throw new IllegalArgumentException("No such file or folder: " + path.toAbsolutePath());
			}
			if (Files.isDirectory(path)) {
				found.addAll(inFolder(path));
			}
			else {
				found.add(path);
			}
		}
		return new ArrayList<>(found);
	}

	/** Whether the name ends as an importable file's does. */
	public static boolean isImportable(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return ENDINGS.stream().anyMatch(name::endsWith);
	}

	private static List<Path> inFolder(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).filter(OcdsFiles::isImportable).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the folder " + folder.toAbsolutePath(), ex);
		}
	}

}
