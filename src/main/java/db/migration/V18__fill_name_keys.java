package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import io.github.nhstendertracker.common.NameKeys;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives the commissioners and bidders already kept their name keys, with the same rule
 * ({@link NameKeys}) that keeps them from now on.
 */
public class V18__fill_name_keys extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		for (String table : new String[] { "commissioner", "bidder" }) {
			try (Statement select = context.getConnection().createStatement();
					ResultSet rows = select.executeQuery("select id, name from " + table);
					PreparedStatement update = context.getConnection()
						.prepareStatement("update " + table + " set name_key = ? where id = ?")) {
				while (rows.next()) {
					update.setString(1, NameKeys.of(rows.getString(2)));
					update.setLong(2, rows.getLong(1));
					update.addBatch();
				}
				update.executeBatch();
			}
		}
	}

}
