package org.kickoff.ui.summary;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuItem;
import org.kickoff.i18n.Messages;
import org.kickoff.report.ExportFormat;
import org.kickoff.report.PaperSize;

/** The export items, one per format (and paper), for the menu bar and the summary page alike. */
public final class ExportMenu {

    private ExportMenu() {
    }

    /** Items with ids {@code prefix + "pdf-a4"}, {@code prefix + "html"} and so on. */
    public static List<MenuItem> items(ExportViewModel export, Messages messages, String idPrefix) {
        List<MenuItem> items = new ArrayList<>();
        ExportFormat.Kind kind = ExportFormat.Kind.DOCUMENT;
        for (ExportFormat format : ExportFormat.values()) {
            if (format.kind() != kind) {
                kind = format.kind();
                items.add(new javafx.scene.control.SeparatorMenuItem());
            }
            if (format.hasPaper()) {
                for (PaperSize paper : PaperSize.values()) {
                    items.add(item(idPrefix + format.id() + "-" + paper.id(), messages.get(format.menuKey(paper)),
                            () -> export.export(format, paper)));
                }
            } else {
                items.add(item(idPrefix + format.id(), messages.get(format.menuKey(null)),
                        () -> export.export(format, export.defaultPaper())));
            }
        }
        return items;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        return item;
    }
}
