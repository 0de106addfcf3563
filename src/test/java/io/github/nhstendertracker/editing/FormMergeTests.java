package io.github.nhstendertracker.editing;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field-by-field merge of an edit refused because someone else saved first.
 */
class FormMergeTests {

	@Test
	void fieldOnlyTheyChanged_takesTheirValue() {
		Form base = form("Dudley MCP", "", List.of("13"), false);
		Form sent = copy(base).withBaseOf(base);
		sent.value = "£3.4bn";
		Form current = copy(base);
		current.title = "Dudley multispecialty community provider";

		FormMerge.Result result = FormMerge.merge(sent, current);

		assertThat(sent.title).isEqualTo("Dudley multispecialty community provider");
		assertThat(sent.value).isEqualTo("£3.4bn");
		assertThat(result.theirs()).containsExactly("title");
		assertThat(result.clashes()).isEmpty();
	}

	@Test
	void fieldBothChangedDifferently_keepsTheEditorsValueAndIsReported() {
		Form base = form("Dudley MCP", "£3.4bn", List.of("13"), false);
		Form sent = copy(base).withBaseOf(base);
		sent.value = "£3.4bn to £5.4bn";
		Form current = copy(base);
		current.value = "£5.4bn";

		FormMerge.Result result = FormMerge.merge(sent, current);

		assertThat(sent.value).isEqualTo("£3.4bn to £5.4bn");
		assertThat(result.clashes()).containsExactly("value");
		assertThat(result.theirs()).isEmpty();
	}

	@Test
	void fieldBothChangedAlike_isNotAClash() {
		Form base = form("Dudley MCP", "", List.of("13"), false);
		Form sent = copy(base).withBaseOf(base);
		sent.flag = true;
		Form current = copy(base);
		current.flag = true;

		FormMerge.Result result = FormMerge.merge(sent, current);

		assertThat(result.clashes()).isEmpty();
		assertThat(sent.flag).isTrue();
	}

	@Test
	void listsCompareAsSetsAndMergeWhole() {
		Form base = form("Dudley MCP", "", List.of("13", "5"), false);
		Form sent = copy(base).withBaseOf(base);
		sent.ids = new ArrayList<>(List.of("5", "13"));
		Form current = copy(base);
		current.ids = new ArrayList<>(List.of("13", "5", "7"));

		FormMerge.Result result = FormMerge.merge(sent, current);

		assertThat(sent.ids).containsExactly("13", "5", "7");
		assertThat(result.theirs()).containsExactly("ids");
	}

	@Test
	void withoutABase_everythingTheEditorSentIsKept() {
		Form sent = form("Dudley MCP", "£1bn", List.of("13"), false);
		Form current = form("Dudley", "£2bn", List.of("13"), true);

		FormMerge.Result result = FormMerge.merge(sent, current);

		assertThat(sent.title).isEqualTo("Dudley MCP");
		assertThat(sent.flag).isFalse();
		assertThat(result.theirs()).isEmpty();
		assertThat(sent.getBase()).isEqualTo(FormMerge.snapshot(current));
	}

	@Test
	void snapshot_survivesAwkwardText() {
		Form awkward = form("A&B = C? 100% “Ysbyty” 🏥\nline two", "<script>alert(1)</script>", List.of("1", "2"),
				true);
		Form sent = copy(awkward).withBaseOf(awkward);
		Form current = copy(awkward);

		FormMerge.Result result = FormMerge.merge(sent, current);

		assertThat(result.theirs()).isEmpty();
		assertThat(result.clashes()).isEmpty();
		assertThat(FormMerge.decode(FormMerge.snapshot(awkward))).containsEntry("title",
				List.of("A&B = C? 100% “Ysbyty” 🏥\nline two"));
	}

	@Test
	void aNewFormIsItsOwnBase_untilOneIsSent() {
		Form form = form("Dudley MCP", "", List.of(), false);
		assertThat(form.hasSentBase()).isFalse();
		assertThat(form.getBase()).isEqualTo(FormMerge.snapshot(form)).doesNotContain("version");
		form.setBase("title=Other");
		assertThat(form.hasSentBase()).isTrue();
	}

	private static Form form(String title, String value, List<String> ids, boolean flag) {
		Form form = new Form();
		form.title = title;
		form.value = value;
		form.ids = new ArrayList<>(ids);
		form.flag = flag;
		form.setVersion("3");
		return form;
	}

	private static Form copy(Form form) {
		return form(form.title, form.value, form.ids, form.flag);
	}

	/** A form like the edit forms: text, a list and a true/false field. */
	public static class Form extends EditableForm {

		String title;

		String value;

		List<String> ids;

		boolean flag;

		Form withBaseOf(Form base) {
			setBase(FormMerge.snapshot(base));
			return this;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getValue() {
			return this.value;
		}

		public void setValue(String value) {
			this.value = value;
		}

		public List<String> getIds() {
			return this.ids;
		}

		public void setIds(List<String> ids) {
			this.ids = ids;
		}

		public boolean isFlag() {
			return this.flag;
		}

		public void setFlag(boolean flag) {
			this.flag = flag;
		}

	}

}
