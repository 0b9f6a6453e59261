package org.kickoff.ui.wizard;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Node;

/** The pages of the open project built so far, each with what lets it go; built on demand, kept in the deck. */
final class BuiltPages implements PagePrefetch.Pages {

    /** A page's view and what releases it (its ViewModel's listeners on the project). */
    record Built(Node node, Runnable dispose) {
    }

    private final Map<Page, Built> built = new HashMap<>();
    private final PageDeck deck;
    private final Function<Page, Built> builder;

    BuiltPages(PageDeck deck, Function<Page, Built> builder) {
        this.deck = deck;
        this.builder = builder;
    }

    @Override
    public Node node(Page page) {
        return built.computeIfAbsent(page, builder).node();
    }

    @Override
    public boolean isBuilt(Page page) {
        return built.containsKey(page);
    }

    @Override
    public void release(Page page) {
        Built gone = built.remove(page);
        if (gone != null) {
            gone.dispose().run();
            deck.remove(gone.node());
        }
    }

    /** Lets every page go (another project, new content, or the window is replaced). */
    void clear() {
        built.values().forEach(b -> b.dispose().run());
        built.clear();
        deck.clear();
    }
}
