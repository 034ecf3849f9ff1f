package dev.asynciotck.reports.report;

import j2html.utils.EscapeUtil;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart of pass rates as inline SVG, written by the report itself: no script, no external asset.
 * Readable without colour: every bar is labelled with its target and its value ({@code 97.5% (117/120)}), and a
 * bar short of 100% also carries a hatch. Hooks: {@code svg.chart[data-area]}, one {@code g.bar[data-target]
 * [data-passed][data-applicable]} per target with {@code text.label} and {@code text.value}.
 */
final class BarChart {

    static final int LABEL_WIDTH = 230;
    static final int BAR_WIDTH = 260;
    static final int VALUE_WIDTH = 150;
    static final int ROW = 20;
    static final int TOP = 24;

    private BarChart() {
    }

    static String render(FeatureAreas.Area area) {
        List<FeatureAreas.Rate> rates = area.rates();
        int width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
        int height = TOP + ROW * rates.size() + 6;
        String title = area.name() + ": pass rate per target (" + area.scenarios() + " scenarios)";
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" data-area=\"").append(esc(area.name())).append("\" aria-label=\"")
                .append(esc(title)).append("\">");
        svg.append("<title>").append(esc(title)).append("</title>");
        svg.append("<defs><pattern id=\"hatch-").append(esc(idOf(area.name())))
                .append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"6\" height=\"6\" fill=\"#e69f00\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" ")
                .append("stroke=\"#8a5d00\" stroke-width=\"2\"/></pattern></defs>");
        svg.append("<text x=\"0\" y=\"15\" class=\"chart-title\" font-weight=\"bold\" font-size=\"13\">")
                .append(esc(area.name())).append(" <tspan font-weight=\"normal\">(").append(area.scenarios())
                .append(" scenarios)</tspan></text>");
        svg.append("<line x1=\"").append(LABEL_WIDTH + BAR_WIDTH).append("\" y1=\"").append(TOP - 4)
                .append("\" x2=\"").append(LABEL_WIDTH + BAR_WIDTH).append("\" y2=\"").append(height - 2)
                .append("\" stroke=\"#999\" stroke-dasharray=\"2,2\"/>");
        for (int i = 0; i < rates.size(); i++) {
            FeatureAreas.Rate rate = rates.get(i);
            int y = TOP + i * ROW;
            double percent = Math.max(0, rate.percent());
            int bar = (int) Math.round(BAR_WIDTH * percent / 100.0);
            boolean full = rate.applicable() > 0 && rate.passed() == rate.applicable();
            String fill = rate.applicable() == 0 ? "none" : full ? "#2b8a3e" : "url(#hatch-" + idOf(area.name()) + ")";
            svg.append("<g class=\"bar\" data-target=\"").append(esc(rate.target())).append("\" data-passed=\"")
                    .append(rate.passed()).append("\" data-applicable=\"").append(rate.applicable()).append("\">");
            svg.append("<title>").append(esc(rate.target() + ": " + rate.label())).append("</title>");
            svg.append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\" font-size=\"12\">").append(esc(rate.target())).append("</text>");
            svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(BAR_WIDTH).append("\" height=\"").append(ROW - 6).append("\" fill=\"#f1f1f1\"/>");
            svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(bar).append("\" height=\"").append(ROW - 6).append("\" fill=\"").append(fill)
                    .append("\"/>");
            svg.append("<text class=\"value\" x=\"").append(LABEL_WIDTH + BAR_WIDTH + 6).append("\" y=\"")
                    .append(y + 14).append("\" font-size=\"12\">").append(esc(rate.label())).append("</text>");
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    private static String idOf(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String esc(String text) {
        return EscapeUtil.escape(text);
    }
}
