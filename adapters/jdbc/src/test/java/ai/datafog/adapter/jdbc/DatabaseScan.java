package ai.datafog.adapter.jdbc;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Test helper: looks for a string in every character and binary column of every table of the
 * current schema, to prove that no raw sensitive value was written anywhere.
 */
public final class DatabaseScan {

    private DatabaseScan() {
    }

    /** Every "table.column" whose content contains {@code needle} (binary columns read as UTF-8 and Latin-1). */
    public static List<String> columnsContaining(DataSource dataSource, String needle) throws SQLException {
        List<String> hits = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            String schema = connection.getSchema();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getColumns(null, schema, "%", "%")) {
                while (rs.next()) {
                    int type = rs.getInt("DATA_TYPE");
                    if (isTextOrBinary(type)) {
                        columns.add(new String[]{rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME"), String.valueOf(type)});
                    }
                }
            }
            for (String[] column : columns) {
                String table = column[0].toLowerCase(Locale.ROOT);
                if (table.startsWith("flyway_")) {
                    continue;
                }
                boolean binary = isBinary(Integer.parseInt(column[2]));
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT " + column[1] + " FROM " + column[0])) {
                    while (rows.next()) {
                        if (binary) {
                            byte[] bytes = rows.getBytes(1);
                            if (bytes != null && (new String(bytes, StandardCharsets.UTF_8).contains(needle)
                                    || new String(bytes, StandardCharsets.ISO_8859_1).contains(needle))) {
                                hits.add(table + "." + column[1]);
                                break;
                            }
                        } else {
                            String text = rows.getString(1);
                            if (text != null && text.contains(needle)) {
                                hits.add(table + "." + column[1]);
                                break;
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }

    /** How many tables the scan covers, so a test can show it looked at something. */
    public static int tableCount(DataSource dataSource) throws SQLException {
        int count = 0;
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                count++;
            }
        }
        return count;
    }

    private static boolean isTextOrBinary(int type) {
        return switch (type) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                 Types.CLOB, Types.NCLOB, Types.OTHER -> true;
            default -> isBinary(type);
        };
    }

    private static boolean isBinary(int type) {
        return type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY || type == Types.BLOB;
    }
}
