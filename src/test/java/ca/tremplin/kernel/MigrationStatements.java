package ca.tremplin.kernel;

import java.util.ArrayList;
import java.util.List;

/** Splits a migration script into its statements: on semicolons outside quotes, without {@code --} comments. */
final class MigrationStatements {

    private MigrationStatements() {
    }

    static List<String> of(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (quote != 0) {
                current.append(c);
                if (c == quote) {
                    quote = 0; // a doubled quote ('') closes and reopens: same text
                }
            } else if (c == '-' && script.startsWith("--", i)) {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end;
                current.append('\n');
            } else if (c == ';') {
                add(statements, current);
            } else {
                if (c == '\'' || c == '"' || c == '`') {
                    quote = c;
                }
                current.append(c);
            }
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }
}
