package com.houqin.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The font the charts are drawn with. A bare JDK has no font with Chinese glyphs, so the bot ships
 * a subset of Noto Sans CJK (SIL Open Font License; simplified and traditional forms of every
 * character in the message bundles, and the 3,755 common characters of GB 2312 level 1 for names).
 * A font file named by {@code houqin.report.font-file} comes first; when the shipped font cannot
 * show a label (a rare character in a name), a system font that can is used instead.
 */
@Component
public class ReportFonts {

    static final String SHIPPED = "/report/fonts/HouqinReportSans-Regular.otf";

    private static final Logger log = LoggerFactory.getLogger(ReportFonts.class);

    private final Font base;
    private final boolean configured;

    public ReportFonts(ReportProperties properties) {
        Font configuredFont = properties.fontFile() == null || properties.fontFile().isBlank() ? null
                : load(Path.of(properties.fontFile()));
        this.configured = configuredFont != null;
        this.base = configured ? configuredFont : shipped();
    }

    /** The font every one of {@code labels} can be drawn with, at 1 pt (derive the size). */
    public Font fontFor(Collection<String> labels) {
        if (configured || canDisplay(base, labels)) {
            return base;
        }
        Optional<Font> system = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts())
                .filter(f -> canDisplay(f, labels)).findFirst();
        if (system.isEmpty()) {
            log.warn("No font can show every label of a report; some characters will show as boxes");
        }
        return system.orElse(base);
    }

    /** The shipped font, whatever the labels. */
    public Font shippedFont() {
        return base;
    }

    public static boolean canDisplay(Font font, Collection<String> labels) {
        return labels.stream().allMatch(l -> l == null || font.canDisplayUpTo(l) < 0);
    }

    private static Font shipped() {
        try (InputStream in = ReportFonts.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("The report font " + SHIPPED + " is missing from the build");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Cannot read the report font " + SHIPPED, e);
        }
    }

    private static Font load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            log.warn("Cannot read houqin.report.font-file {} ({}); using the shipped font", file, e.getMessage());
            return null;
        }
    }
}
