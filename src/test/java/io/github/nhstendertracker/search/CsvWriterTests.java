package io.github.nhstendertracker.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.StringWriter;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CsvWriterTests {

	private final StringWriter out = new StringWriter();

	private final CsvWriter csv = new CsvWriter(this.out);

	@Test
	void rows_areSeparatedByCommasAndEndInCrlf() {
		this.csv.row("id", "title").row("1", "Plain");
		assertThat(this.out).hasToString("id,title\r\n1,Plain\r\n");
	}

	@Test
	void byteOrderMark_isWrittenBeforeTheFirstRowAndIsNoCell() {
		this.csv.byteOrderMark().row("id", "value").row("1", "£3.4bn");
		assertThat(this.out).hasToString("\uFEFFid,value\r\n1,£3.4bn\r\n");
	}

	@Test
	void cellsWithCommasQuotesOrLineBreaks_areQuotedWithQuotesDoubled() {
		this.csv.row("a,b", "say \"hi\"", "one\ntwo", "one\r\ntwo", "back\rslash", "plain text");
		assertThat(this.out)
			.hasToString("\"a,b\",\"say \"\"hi\"\"\",\"one\ntwo\",\"one\r\ntwo\",\"back\rslash\",plain text\r\n");
	}

	@Test
	void emptyAndNullCells_areEmpty() {
		this.csv.text(null).text("").number(null).text("x").endRow();
		this.csv.text(null).endRow();
		assertThat(this.out).hasToString(",,,x\r\n\r\n");
	}

	@Test
	void textThatLooksLikeAFormula_isPrefixedWithAQuote() {
		this.csv.row("=SUM(A1:A9)", "+44 20", "-5% cut", "@cmd", "\tindented", "\rreturn", "a=b", "'quoted");
		assertThat(this.out)
			.hasToString("'=SUM(A1:A9),'+44 20,'-5% cut,'@cmd,'\tindented,\"'\rreturn\",a=b,'quoted\r\n");
	}

	@Test
	void guardedFormulaWithCommaQuoteAndNewline_isGuardedThenQuoted() {
		this.csv.row("=HYPERLINK(\"http://x\",\"y\")\nmore");
		assertThat(this.out).hasToString("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\nmore\"\r\n");
	}

	@Test
	void numbers_areWrittenExactlyAndNeverGuarded() {
		this.csv.number(new BigDecimal("3400000000.00"))
			.number(new BigDecimal("1E+10"))
			.number(new BigDecimal("-1.50"))
			.number(180)
			.number(8L)
			.endRow();
		assertThat(this.out).hasToString("3400000000.00,10000000000,-1.50,180,8\r\n");
	}

	@Test
	void aFailedWrite_isThrownUnchecked() {
		CsvWriter broken = new CsvWriter(new Writer() {

			@Override
			public void write(char[] buffer, int offset, int length) throws IOException {
				throw new IOException("Broken pipe");
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}

		});
		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> broken.text("x"))
			.withCauseInstanceOf(IOException.class);
	}

	@Test
	void inexactNumbers_areRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.csv.number(1.5d));
	}

}
