package com.houqin.report;

import java.util.List;

/**
 * One chart's numbers: a title, the categories along the bottom (days, categories, people), one or
 * more series with a value per category, the value axis' label and two or three lines of caption.
 * {@code name} is a stable file name ("repair-categories"), not shown.
 */
public record ReportChart(String name, Kind kind, String title, String valueAxis, List<String> categories,
                          List<Series> series, List<String> caption) {

    public enum Kind {
        /** Series side by side. */
        BARS,
        /** Series stacked in one bar per category. */
        STACKED,
        /** A line per series, for days. */
        LINES
    }

    public record Series(String name, List<Double> values) {
        public Series {
            values = List.copyOf(values);
        }

        public static Series of(String name, List<? extends Number> values) {
            return new Series(name, values.stream().map(Number::doubleValue).toList());
        }
    }

    public ReportChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        caption = List.copyOf(caption);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException(name + ": series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** The values of the series named {@code name}, for tests and captions. */
    public List<Double> values(String seriesName) {
        return series.stream().filter(s -> s.name().equals(seriesName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no series " + seriesName)).values();
    }

    /** Every text drawn on the chart: the font must show them all. */
    public List<String> labels() {
        List<String> all = new java.util.ArrayList<>();
        all.add(title);
        if (valueAxis != null) {
            all.add(valueAxis);
        }
        all.addAll(categories);
        series.forEach(s -> all.add(s.name()));
        return all;
    }
}
