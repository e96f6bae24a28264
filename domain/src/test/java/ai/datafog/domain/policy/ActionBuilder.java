package ai.datafog.domain.policy;

import java.util.List;

/** Test data: {@code anAction("shell.exec").command("ls").adapter("claude").build()}. */
public final class ActionBuilder {

    private final String type;
    private String tool = "";
    private String resource = "";
    private String command = "";
    private List<String> args = List.of();
    private boolean sensitive;
    private String adapter = "";

    private ActionBuilder(String type) {
        this.type = type;
    }

    public static ActionBuilder anAction(String type) {
        return new ActionBuilder(type);
    }

    public ActionBuilder tool(String value) {
        this.tool = value;
        return this;
    }

    public ActionBuilder resource(String value) {
        this.resource = value;
        return this;
    }

    public ActionBuilder command(String value) {
        this.command = value;
        return this;
    }

    public ActionBuilder args(String... values) {
        this.args = List.of(values);
        return this;
    }

    public ActionBuilder sensitive() {
        this.sensitive = true;
        return this;
    }

    public ActionBuilder adapter(String value) {
        this.adapter = value;
        return this;
    }

    public Action build() {
        return new Action(type, tool, resource, command, args, sensitive, adapter);
    }
}
