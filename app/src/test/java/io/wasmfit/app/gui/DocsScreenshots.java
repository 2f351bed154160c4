package io.wasmfit.app.gui;

import java.awt.image.BufferedImage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;

import io.wasmfit.app.gui.main.MainViewModel;
import io.wasmfit.app.gui.main.MainViewModel.Section;
import io.wasmfit.app.gui.service.FxDialogService;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Takes the screenshots of docs/ (not a test): opens the real window, scans examples/shop, shows
 * each section and saves a PNG of the scene. Run under Xvfb (README, "Desktop app").
 *
 * <pre>java -Dwasmfit.home=$(mktemp -d) -cp ... io.wasmfit.app.gui.DocsScreenshots examples/shop docs</pre>
 */
public final class DocsScreenshots {

    private DocsScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path example = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<MainViewModel> vm = new AtomicReference<>();
        AtomicReference<Stage> stage = new AtomicReference<>();
        onFx(() -> {
            Stage s = new Stage();
            stage.set(s);
            vm.set(Gui.show(s, null, (owner, styler) -> new FxDialogService(owner, null, styler)));
        });
        shoot(stage.get().getScene(), out.resolve("gui-start.png"));
        onFx(() -> vm.get().scan(example.toString(), null));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (onFxGet(() -> vm.get().project().report() == null)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the scan did not finish");
            }
            Thread.sleep(100);
        }
        onFx(() -> vm.get().sectionProperty().set(Section.DASHBOARD));
        shoot(stage.get().getScene(), out.resolve("gui-dashboard.png"));
        onFx(() -> {
            vm.get().sectionProperty().set(Section.CANDIDATES);
            var report = vm.get().project().report();
            vm.get().candidates().selectedProperty().set(report.candidates().stream()
                    .filter(c -> c.name().equals("PriceController.quote")).findFirst().orElse(report.candidates().get(0)));
        });
        Thread.sleep(500);
        shoot(stage.get().getScene(), out.resolve("gui-candidates.png"));
        AtomicReference<Stage> satellite = new AtomicReference<>();
        AtomicReference<io.wasmfit.app.gui.satellite.SatelliteViewModel> flow = new AtomicReference<>();
        onFx(() -> {
            flow.set(vm.get().detail().satellite());
            flow.get().folderProperty().set(out.toAbsolutePath().resolve("../target/docs-satellite").normalize().toString());
            flow.get().forceProperty().set(true);
            satellite.set(io.wasmfit.app.gui.satellite.SatelliteView.create(flow.get(), stage.get(),
                    stage.get().getScene().getStylesheets()));
            satellite.get().show();
            flow.get().run();
        });
        while (onFxGet(() -> flow.get().stepProperty().get().ordinal() < io.wasmfit.app.gui.satellite.SatelliteViewModel.Step.DONE.ordinal())) {
            Thread.sleep(200);
        }
        shoot(satellite.get().getScene(), out.resolve("gui-satellite.png"));
        onFx(() -> satellite.get().close());
        onFx(() -> vm.get().sectionProperty().set(Section.RULES));
        shoot(stage.get().getScene(), out.resolve("gui-rules.png"));
        onFx(() -> vm.get().sectionProperty().set(Section.MATRIX));
        shoot(stage.get().getScene(), out.resolve("gui-matrix.png"));
        onFx(() -> {
            vm.get().preferences().toggleTheme();
            vm.get().sectionProperty().set(Section.CANDIDATES);
        });
        Thread.sleep(300);
        shoot(stage.get().getScene(), out.resolve("gui-candidates-dark.png"));
        onFx(() -> vm.get().preferences().toggleTheme());
        Platform.exit();
    }

    private static void shoot(Scene scene, Path file) throws Exception {
        Thread.sleep(400);
        WritableImage image = onFxGet(() -> scene.snapshot(null));
        ImageIO.write(toBuffered(image), "png", file.toFile());
    }

    private static BufferedImage toBuffered(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }

    private static void onFx(Runnable r) throws Exception {
        onFxGet(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T onFxGet(java.util.concurrent.Callable<T> c) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(c.call());
            } catch (Exception e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not answer");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

}
