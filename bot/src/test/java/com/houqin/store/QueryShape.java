package com.houqin.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * What an index needs to know of a query: the fields it fixes by equality, the fields it bounds by
 * a range (or any other operator), and its sort. A query with {@code $or} is several shapes, one
 * per branch, each of which must be served.
 */
public record QueryShape(String collection, Set<String> equality, Set<String> range, Map<String, Integer> sort) {

    public QueryShape {
        equality = new TreeSet<>(equality);
        range = new TreeSet<>(range);
        range.removeAll(equality);
        sort = new LinkedHashMap<>(sort);
    }

    static QueryShape of(String collection, Set<String> equality, Set<String> range, Map<String, Integer> sort) {
        return new QueryShape(collection, equality, range, sort);
    }

    /** The shapes of one filter and sort (several when the filter has {@code $or}). */
    static List<QueryShape> of(String collection, BsonDocument filter, BsonDocument sort) {
        Map<String, Integer> order = new LinkedHashMap<>();
        if (sort != null) {
            for (Map.Entry<String, BsonValue> e : sort.entrySet()) {
                order.put(e.getKey(), e.getValue().isNumber() && e.getValue().asNumber().intValue() < 0 ? -1 : 1);
            }
        }
        List<QueryShape> shapes = new ArrayList<>();
        for (Fields fields : fields(filter == null ? new BsonDocument() : filter)) {
            shapes.add(new QueryShape(collection, fields.equality, fields.range, order));
        }
        return shapes;
    }

    private record Fields(Set<String> equality, Set<String> range) {
        Fields() {
            this(new LinkedHashSet<>(), new LinkedHashSet<>());
        }

        Fields plus(Fields other) {
            Fields sum = new Fields();
            sum.equality.addAll(equality);
            sum.equality.addAll(other.equality);
            sum.range.addAll(range);
            sum.range.addAll(other.range);
            return sum;
        }
    }

    /** The alternatives a filter is made of: one without $or, the product of the branches with. */
    private static List<Fields> fields(BsonDocument filter) {
        List<Fields> alternatives = new ArrayList<>(List.of(new Fields()));
        for (Map.Entry<String, BsonValue> e : filter.entrySet()) {
            String key = e.getKey();
            BsonValue value = e.getValue();
            List<Fields> part;
            if (key.equals("$and")) {
                part = List.of(new Fields());
                for (BsonValue branch : value.asArray()) {
                    part = product(part, fields(branch.asDocument()));
                }
            } else if (key.equals("$or")) {
                part = new ArrayList<>();
                for (BsonValue branch : value.asArray()) {
                    part.addAll(fields(branch.asDocument()));
                }
            } else if (key.startsWith("$")) {
                // $nor, $expr, $where, $comment...: nothing an index uses
                part = List.of(new Fields());
            } else {
                Fields one = new Fields();
                (isEquality(value) ? one.equality : one.range).add(key);
                part = List.of(one);
            }
            alternatives = product(alternatives, part);
        }
        return alternatives;
    }

    private static List<Fields> product(List<Fields> left, List<Fields> right) {
        List<Fields> out = new ArrayList<>();
        for (Fields l : left) {
            for (Fields r : right) {
                out.add(l.plus(r));
            }
        }
        return out;
    }

    /** A literal, {@code $eq}, {@code $in} or {@code $elemMatch} fixes the field's index bounds to points. */
    private static boolean isEquality(BsonValue value) {
        if (value.isRegularExpression()) {
            return false; // a regular expression scans a range of the index at best
        }
        if (!value.isDocument()) {
            return true;
        }
        BsonDocument doc = value.asDocument();
        if (doc.isEmpty() || !doc.getFirstKey().startsWith("$")) {
            return true; // an embedded document matched as a whole
        }
        for (String op : doc.keySet()) {
            if (!Set.of("$eq", "$in", "$elemMatch").contains(op)) {
                return false;
            }
            if (op.equals("$in") && doc.get(op) instanceof BsonArray values && values.size() > 50) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return collection + " eq" + equality + (range.isEmpty() ? "" : " range" + range) + (sort.isEmpty() ? "" : " sort" + sort);
    }
}
