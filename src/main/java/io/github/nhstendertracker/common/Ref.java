package io.github.nhstendertracker.common;

/**
 * A link to another record: its id and the name to show.
 */
public record Ref(Long id, String name) {

}
