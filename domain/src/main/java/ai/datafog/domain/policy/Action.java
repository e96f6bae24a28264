package ai.datafog.domain.policy;

import java.util.List;

/**
 * An action an agent or program wants to take (SPEC §4.2 {@code action}). Absent text fields are
 * empty strings; a blank {@code type} makes every evaluation a deny.
 */
public record Action(String type, String tool, String resource, String command, List<String> args,
                     boolean sensitive, String adapter) {

    public Action {
        type = orEmpty(type);
        tool = orEmpty(tool);
        resource = orEmpty(resource);
        command = orEmpty(command);
        args = args == null ? List.of() : List.copyOf(args.stream().map(Action::orEmpty).toList());
        adapter = orEmpty(adapter);
    }

    /** An action of {@code type} with no other attributes. */
    public static Action ofType(String type) {
        return new Action(type, "", "", "", List.of(), false, "");
    }

    public boolean hasType() {
        return !type.isBlank();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Prints only the type and tool: resources, commands and args may carry sensitive values. */
    @Override
    public String toString() {
        return "Action[type=" + type + ", tool=" + tool + ", adapter=" + adapter + "]";
    }
}
