package io.github.nhstendertracker.editing;

import io.github.nhstendertracker.bidder.Bidder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an editor types into the bidder form, exactly as typed. Former names come one per
 * line. Lengths match the {@code bidder} table; {@link BidderEditor} checks the rest.
 */
public class BidderForm extends EditableForm {

	@NotBlank(message = "Enter a name")
	@Size(max = 200, message = "Name must be 200 characters or fewer")
	private String name;

	@Size(max = 2000, message = "Identifiers must be 2,000 characters or fewer")
	private String identifiers;

	@NotBlank(message = "Select the type of bidder")
	private String type;

	private String formerNames;

	@Size(max = 1000, message = "Description must be 1000 characters or fewer")
	private String description;

	/** The form filled in from a saved bidder, for editing. */
	public static BidderForm of(Bidder bidder) {
		BidderForm form = new BidderForm();
		form.name = bidder.getName();
		form.type = bidder.getType().name();
		form.formerNames = String.join("\n", bidder.getFormerNames());
		form.description = bidder.getDescription();
		form.identifiers = IdentifierLines.write(bidder.getIdentifiers());
		form.setVersion(String.valueOf(bidder.getVersion()));
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getFormerNames() {
		return this.formerNames;
	}

	public void setFormerNames(String formerNames) {
		this.formerNames = formerNames;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	/** One identifier per line, like GB-COH-01234567. */
	public String getIdentifiers() {
		return this.identifiers;
	}

	public void setIdentifiers(String identifiers) {
		this.identifiers = identifiers;
	}

}
