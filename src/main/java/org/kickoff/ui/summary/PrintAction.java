package org.kickoff.ui.summary;

import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.print.PageLayout;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.kickoff.ui.common.Buttons;
import org.kickoff.i18n.Messages;
import org.kickoff.report.PaperSize;
import org.kickoff.report.PdfPages;

/**
 * Prints the summary: the system's print dialog, then the PDF's own pages, each scaled into the printable
 * area, so that print and PDF are page for page the same (numbered, nothing cut). Pages are rendered and
 * sent to the printer on a background thread, one at a time; Cancel (beside the busy indicator) stops it
 * before the next page. Without a printer it says so and offers the PDF export instead.
 */
public final class PrintAction {

    private static final float DPI = 200f;

    private final ExportViewModel export;
    private final Messages messages;

    public PrintAction(ExportViewModel export, Messages messages) {
        this.export = export;
        this.messages = messages;
    }

    public void print(Window owner) {
        if (Printer.getDefaultPrinter() == null && Printer.getAllPrinters().isEmpty()) {
            offerPdf(owner);
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            offerPdf(owner);
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        export.print(paperOf(layout.getPaper()), (pdf, cancelled, done) -> {
            // its own thread: a slow printer must not hold up saving, which runs in the background pool
            Thread thread = new Thread(() -> {
                printPages(job, layout, pdf, cancelled);
                Platform.runLater(done);
            }, "kickoff-print");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Lets the user choose paper and margins before printing. */
    public void pageSetup(Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            offerPdf(owner);
            return;
        }
        job.showPageSetupDialog(owner);
        job.cancelJob();
    }

    static PaperSize paperOf(Paper paper) {
        // Letter is 612 points wide, A4 595; anything else prints on the nearer of the two
        return Math.abs(paper.getWidth() - 612) < Math.abs(paper.getWidth() - 595) ? PaperSize.LETTER : PaperSize.A4;
    }

    /** Renders and sends the pages one by one; cancelled, it stops before the next page and drops the job. */
    private void printPages(PrinterJob job, PageLayout layout, byte[] pdf, BooleanSupplier cancelled) {
        boolean ok = true;
        try (PdfPages pages = PdfPages.open(pdf)) {
            for (int i = 0; i < pages.count() && ok; i++) {
                if (cancelled.getAsBoolean()) {
                    job.cancelJob();
                    return;
                }
                ImageView view = new ImageView(toFx(pages.render(i, DPI)));
                view.setPreserveRatio(true);
                view.setFitWidth(layout.getPrintableWidth());
                view.setFitHeight(layout.getPrintableHeight());
                view.setSmooth(true);
                ok = job.printPage(layout, view);
            }
        } catch (java.io.IOException | RuntimeException e) {
            ok = false;
        }
        boolean printed = ok && job.endJob();
        if (!printed) {
            Platform.runLater(() -> {
                Alert alert = new Alert(Alert.AlertType.ERROR, messages.get("print.failed"), Buttons.ok(messages));
                alert.setTitle(messages.get("app.name"));
                alert.setHeaderText(messages.get("print.error"));
                alert.showAndWait();
            });
        }
    }

    private static WritableImage toFx(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        WritableImage fx = new WritableImage(width, height);
        fx.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return fx;
    }

    private void offerPdf(Window owner) {
        ButtonType pdf = new ButtonType(messages.get("print.no-printer.export"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = Buttons.cancel(messages);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.get("print.no-printer.text"), pdf, cancel);
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.name"));
        alert.getDialogPane().lookupButton(cancel).setId("no-printer-dialog-cancel");
        alert.setHeaderText(messages.get("print.no-printer"));
        alert.getDialogPane().setId("no-printer-dialog");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(b -> b == pdf).isPresent()) {
            export.export(org.kickoff.report.ExportFormat.PDF, export.defaultPaper());
        }
    }
}
