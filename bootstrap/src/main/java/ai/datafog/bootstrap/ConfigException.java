package ai.datafog.bootstrap;

/** A configuration value that keeps the service from starting; the message names the variable. */
public final class ConfigException extends RuntimeException {

    private final String variable;

    public ConfigException(String variable, String problem) {
        super(variable + ": " + problem, null, false, false);
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
