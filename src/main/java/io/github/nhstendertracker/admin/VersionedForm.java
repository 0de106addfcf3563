package io.github.nhstendertracker.admin;

/**
 * An edit form that carries, in a hidden field, the version of the record it was opened
 * on, exactly as the browser sent it.
 */
public interface VersionedForm {

	String getVersion();

	void setVersion(String version);

}
