package ai.datafog.adapter.http.edge;

import java.util.Arrays;
import java.util.List;

/** How lists are written in configuration (tokens, origins): comma-separated, trimmed, empty items dropped. */
public final class CommaList {

    private CommaList() {
    }

    public static List<String> parse(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }
}
