package ai.datafog.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A keyset page cut from the items fetched: limit + 1 tells another page exists")
class PageCutTest {

    @Test
    @DisplayName("one item more than the limit: the page shows the limit and continues after its last item")
    void extraItemMeansAnotherPage() {
        PageCut<String> cut = PageCut.of(List.of("a", "b", "c"), 2);

        assertThat(cut.shown()).containsExactly("a", "b");
        assertThat(cut.continueAfter()).contains("b");
    }

    @Test
    @DisplayName("as many items as the limit, fewer or none: the last page, nothing to continue after")
    void noExtraItemIsTheLastPage() {
        assertThat(PageCut.of(List.of("a", "b"), 2).continueAfter()).isEmpty();
        assertThat(PageCut.of(List.of("a", "b"), 2).shown()).containsExactly("a", "b");
        assertThat(PageCut.of(List.of("a"), 2).continueAfter()).isEmpty();
        assertThat(PageCut.of(List.of(), 2).shown()).isEmpty();
    }

    @Test
    @DisplayName("the page is a copy: later changes to the fetched list do not reach it")
    void pageIsACopy() {
        List<String> fetched = new ArrayList<>(List.of("a", "b", "c"));
        PageCut<String> cut = PageCut.of(fetched, 2);

        fetched.set(0, "changed");

        assertThat(cut.shown()).containsExactly("a", "b");
    }

    @Test
    @DisplayName("a limit below one is refused")
    void limitBelowOneIsRefused() {
        assertThatThrownBy(() -> PageCut.of(List.of("a"), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageCut.of(List.of(), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
