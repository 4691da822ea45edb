package com.houqin.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;

/** Draws a {@link ReportChart} as a PNG, large type so it reads on a phone. */
@Component
class ChartPainter {

    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
            new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b)};

    private final ReportFonts fonts;
    private final ReportProperties properties;

    ChartPainter(ReportFonts fonts, ReportProperties properties) {
        this.fonts = fonts;
        this.properties = properties;
    }

    byte[] png(ReportChart chart) {
        BufferedImage image = draw(chart).createBufferedImage(properties.width(), properties.height());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    JFreeChart draw(ReportChart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ReportChart.Series s : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                data.addValue(s.values().get(i), s.name(), chart.categories().get(i));
            }
        }
        JFreeChart jfree = switch (chart.kind()) {
            case BARS -> ChartFactory.createBarChart(chart.title(), null, chart.valueAxis(), data,
                    PlotOrientation.VERTICAL, true, false, false);
            case STACKED -> ChartFactory.createStackedBarChart(chart.title(), null, chart.valueAxis(), data,
                    PlotOrientation.VERTICAL, true, false, false);
            case LINES -> ChartFactory.createLineChart(chart.title(), null, chart.valueAxis(), data,
                    PlotOrientation.VERTICAL, true, false, false);
        };
        Font font = fonts.fontFor(chart.labels());
        StandardChartTheme theme = new StandardChartTheme("houqin");
        theme.setExtraLargeFont(font.deriveFont(Font.BOLD, 34f));
        theme.setLargeFont(font.deriveFont(Font.PLAIN, 24f));
        theme.setRegularFont(font.deriveFont(Font.PLAIN, 22f));
        theme.setSmallFont(font.deriveFont(Font.PLAIN, 20f));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xcccccc));
        theme.apply(jfree);

        CategoryPlot plot = jfree.getCategoryPlot();
        CategoryAxis axis = plot.getDomainAxis();
        if (chart.categories().size() > 8) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        axis.setMaximumCategoryLabelLines(2);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setUpperMargin(0.12);
        boolean counts = chart.series().stream().flatMap(s -> s.values().stream()).allMatch(v -> v == Math.rint(v));
        if (counts) {
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setItemMargin(0.05);
            bars.setMaximumBarWidth(0.12);
            if (chart.categories().size() <= 12) {
                bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
                bars.setDefaultItemLabelFont(font.deriveFont(Font.PLAIN, 20f));
                bars.setDefaultItemLabelsVisible(true);
            }
        }
        if (plot.getRenderer() instanceof LineAndShapeRenderer lines) {
            lines.setDefaultShapesVisible(true);
            for (int i = 0; i < chart.series().size(); i++) {
                lines.setSeriesStroke(i, new BasicStroke(4f));
            }
        }
        List<ReportChart.Series> series = chart.series();
        for (int i = 0; i < series.size(); i++) {
            plot.getRenderer().setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        jfree.setBackgroundPaint(Color.WHITE);
        return jfree;
    }
}
