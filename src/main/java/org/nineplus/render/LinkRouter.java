package org.nineplus.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nineplus.model.Link;

/**
 * Routes links orthogonally through the free space of the grid, so they go around cards: a card leaves its cell
 * sideways into the gutter between columns (cards keep a padding from the column edges), runs along the gutter to
 * a lane boundary (cards keep a padding from the lane edges), along that boundary to the gutter next to the target
 * column, and into the target card's side. Neighbouring links are spread a little inside the gutters.
 */
final class LinkRouter {

    private static final double ARROW_LENGTH = 10;
    private static final double ARROW_HALF_WIDTH = 5;

    private final List<StageColumn> columns;
    private final double[] channels;
    private final double spread;

    LinkRouter(List<StageColumn> columns, List<LaneBand> lanes, Divider divider, double cellPadding) {
        this.columns = columns;
        List<Double> ys = new ArrayList<>();
        for (LaneBand lane : lanes) {
            ys.add(lane.band().y());
            ys.add(lane.band().bottom());
        }
        if (divider != null) {
            ys.add(divider.lineY());
        }
        this.channels = ys.stream().mapToDouble(Double::doubleValue).distinct().sorted().toArray();
        this.spread = Math.min(4, cellPadding / 3);
    }

    List<LinkRoute> route(List<Link> links, Map<String, CardBox> cards, Map<String, Integer> stageIndex) {
        List<LinkRoute> routes = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            CardBox from = cards.get(link.from());
            CardBox to = cards.get(link.to());
            if (from == null || to == null || from == to) {
                continue;
            }
            Integer fromStage = stageIndex.get(from.stageId());
            Integer toStage = stageIndex.get(to.stageId());
            if (fromStage == null || toStage == null) {
                continue;
            }
            routes.add(route(i, from, to, fromStage, toStage));
        }
        return routes;
    }

    private LinkRoute route(int index, CardBox from, CardBox to, int fromStage, int toStage) {
        double offset = ((index % 3) - 1) * spread;
        Rect a = from.rect();
        Rect b = to.rect();
        double ay = a.centerY();
        double by = b.centerY();
        List<Point> points = new ArrayList<>(6);
        if (fromStage == toStage) {
            double gutter = columns.get(fromStage).column().right() + offset;
            points.add(new Point(a.right(), ay));
            points.add(new Point(gutter, ay));
            points.add(new Point(gutter, by));
            points.add(new Point(b.right(), by));
        } else {
            boolean rightwards = fromStage < toStage;
            Rect fromColumn = columns.get(fromStage).column();
            Rect toColumn = columns.get(toStage).column();
            double startX = rightwards ? a.right() : a.x();
            double endX = rightwards ? b.x() : b.right();
            double g1 = (rightwards ? fromColumn.right() : fromColumn.x()) + offset;
            double g2 = (rightwards ? toColumn.x() : toColumn.right()) + offset;
            points.add(new Point(startX, ay));
            points.add(new Point(g1, ay));
            if (Math.abs(toStage - fromStage) == 1) {
                points.add(new Point(g1, by));
            } else {
                double channel = channelBetween(ay, by) + offset;
                points.add(new Point(g1, channel));
                points.add(new Point(g2, channel));
                points.add(new Point(g2, by));
            }
            points.add(new Point(endX, by));
        }
        List<Point> simple = simplify(points);
        return new LinkRoute(index, from.cardId(), to.cardId(), simple, arrowHead(simple), bounds(simple));
    }

    /** The lane boundary that makes the detour shortest; nearest the middle when several do. */
    private double channelBetween(double ay, double by) {
        double mid = (ay + by) / 2;
        double best = channels.length == 0 ? mid : channels[0];
        double bestCost = Double.POSITIVE_INFINITY;
        for (double y : channels) {
            double cost = Math.abs(ay - y) + Math.abs(by - y) + 0.001 * Math.abs(y - mid);
            if (cost < bestCost) {
                best = y;
                bestCost = cost;
            }
        }
        return best;
    }

    private static List<Point> simplify(List<Point> points) {
        List<Point> out = new ArrayList<>(points.size());
        for (Point p : points) {
            if (!out.isEmpty() && out.get(out.size() - 1).distanceTo(p) < 1e-9) {
                continue;
            }
            if (out.size() >= 2 && collinear(out.get(out.size() - 2), out.get(out.size() - 1), p)) {
                out.set(out.size() - 1, p);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean collinear(Point a, Point b, Point c) {
        double cross = (b.x() - a.x()) * (c.y() - b.y()) - (b.y() - a.y()) * (c.x() - b.x());
        double dot = (b.x() - a.x()) * (c.x() - b.x()) + (b.y() - a.y()) * (c.y() - b.y());
        return Math.abs(cross) < 1e-9 && dot >= 0;
    }

    private static List<Point> arrowHead(List<Point> points) {
        Point tip = points.get(points.size() - 1);
        Point before = points.get(points.size() - 2);
        double dx = tip.x() - before.x();
        double dy = tip.y() - before.y();
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            return List.of(tip, tip, tip);
        }
        double ux = dx / len;
        double uy = dy / len;
        double bx = tip.x() - ux * ARROW_LENGTH;
        double by = tip.y() - uy * ARROW_LENGTH;
        return List.of(tip, new Point(bx - uy * ARROW_HALF_WIDTH, by + ux * ARROW_HALF_WIDTH),
                new Point(bx + uy * ARROW_HALF_WIDTH, by - ux * ARROW_HALF_WIDTH));
    }

    private static Rect bounds(List<Point> points) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return Rect.spanning(minX - ARROW_HALF_WIDTH, minY - ARROW_HALF_WIDTH, maxX + ARROW_HALF_WIDTH,
                maxY + ARROW_HALF_WIDTH);
    }
}
