package ai.datafog.domain;

import java.util.List;
import java.util.Optional;

/**
 * A keyset page out of the items a query fetched in page order: the store asks for one item more than
 * the page holds, and that extra item only tells that another page exists. {@code continueAfter} is
 * then the last item shown, where the next page starts; it is empty on the last page.
 */
public record PageCut<T>(List<T> shown, Optional<T> continueAfter) {

    public PageCut {
        shown = List.copyOf(shown);
    }

    /** The page of at most {@code limit} items out of {@code fetched}, the query's first {@code limit + 1}. */
    public static <T> PageCut<T> of(List<T> fetched, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a page holds at least one item");
        }
        if (fetched.size() <= limit) {
            return new PageCut<>(fetched, Optional.empty());
        }
        List<T> shown = fetched.subList(0, limit);
        return new PageCut<>(shown, Optional.of(shown.get(limit - 1)));
    }
}
