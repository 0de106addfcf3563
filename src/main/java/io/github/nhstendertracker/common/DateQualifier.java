package io.github.nhstendertracker.common;

/**
 * Whether a date is when something happened (ON) or only the latest it could have
 * happened (BY), as when a source reports something without saying when.
 */
public enum DateQualifier {

	ON, BY

}
