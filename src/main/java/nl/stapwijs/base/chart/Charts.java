package nl.stapwijs.base.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;

/**
 * Every chart Stapwijs draws, rendered on the server as PNG with JFreeChart (LGPL), so the same
 * image serves a staff page and a printed PDF. Calm colours, large text, no 3-D, no legend
 * tricks: a chart must read on a tablet and in black and white.
 */
@Component
public class Charts {

    /** Colours that stay apart in print and for the common colour-vision deficiencies (Okabe–Ito). */
    private static final Color[] SERIES = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0x56B4E9)};
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    /** One line per series over the categories (e.g. weeks); null values leave a gap. */
    public byte[] lines(String valueAxis, List<String> categories, Map<String, List<? extends Number>> series,
            int width, int height) {
        JFreeChart chart = ChartFactory.createLineChart(null, null, valueAxis, dataset(categories, series),
                PlotOrientation.VERTICAL, series.size() > 1, false, false);
        CategoryPlot plot = style(chart);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, SERIES[i % SERIES.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        return png(chart, width, height);
    }

    /** Bars per category, one colour per series (e.g. output per day). */
    public byte[] bars(String valueAxis, List<String> categories, Map<String, List<? extends Number>> series,
            int width, int height) {
        JFreeChart chart = ChartFactory.createBarChart(null, null, valueAxis, dataset(categories, series),
                PlotOrientation.VERTICAL, series.size() > 1, false, false);
        CategoryPlot plot = style(chart);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setMaximumBarWidth(0.12);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, SERIES[i % SERIES.length]);
        }
        boolean counts = series.values().stream().flatMap(List::stream)
                .allMatch(v -> v == null || v.doubleValue() == Math.rint(v.doubleValue()));
        if (counts) {
            // Units and pieces come whole: no "2.5 units" on the axis.
            ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        return png(chart, width, height);
    }

    private static DefaultCategoryDataset dataset(List<String> categories, Map<String, List<? extends Number>> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, values) -> {
            for (int i = 0; i < categories.size(); i++) {
                data.addValue(i < values.size() ? values.get(i) : null, name, categories.get(i));
            }
        });
        return data;
    }

    private static CategoryPlot style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(TEXT);
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlineVisible(false);
        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickLabelFont(TEXT);
        categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setTickLabelFont(TEXT);
        values.setLabelFont(TEXT);
        values.setAutoRangeIncludesZero(true);
        return plot;
    }

    private static byte[] png(JFreeChart chart, int width, int height) {
        // Drawn at twice the size, so the image stays sharp on a tablet and in print.
        BufferedImage image = chart.createBufferedImage(width * 2, height * 2, width, height, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not draw a chart", e);
        }
        return out.toByteArray();
    }
}
