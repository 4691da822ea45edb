package com.houqin.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a real MongoDB can serve a query shape from an index, by its prefix rules (equality
 * fields first, then the sort, then ranges):
 * <ul>
 * <li>a query that fixes {@code _id}, or filters on {@code _id} alone, is served by the {@code _id} index;</li>
 * <li>otherwise an index serves it when its leading keys are equality fields of the query (at least one),
 *     or, with no equality field, its first key is a range field of the query (or, with no filter at
 *     all, the sort's first field); and the sort, less the fields fixed by equality, follows that
 *     equality prefix key by key in one direction (or all reversed), so nothing is sorted in memory.
 *     Fields of the query the index leaves out are filtered on the documents it reaches;</li>
 * <li>a query with no filter and no sort reads the whole collection and is served by nothing.</li>
 * </ul>
 */
final class IndexRule {

    /** An index's keys in order, each 1 or -1. */
    record Index(String collection, LinkedHashMap<String, Integer> keys) {
        static Index of(String collection, Object... fieldsAndDirections) {
            LinkedHashMap<String, Integer> keys = new LinkedHashMap<>();
            for (int i = 0; i < fieldsAndDirections.length; i += 2) {
                keys.put((String) fieldsAndDirections[i], ((Number) fieldsAndDirections[i + 1]).intValue());
            }
            return new Index(collection, keys);
        }

        @Override
        public String toString() {
            return collection + keys;
        }
    }

    private IndexRule() {
    }

    static boolean allServed(List<QueryShape> shapes, List<Index> indexes) {
        return shapes.stream().allMatch(shape -> served(shape, indexes));
    }

    static boolean served(QueryShape shape, List<Index> indexes) {
        if (shape.equality().contains("_id")
                || (shape.equality().isEmpty() && shape.range().equals(Set.of("_id"))
                        && (shape.sort().isEmpty() || shape.sort().keySet().equals(Set.of("_id"))))) {
            return true;
        }
        if (shape.equality().isEmpty() && shape.range().isEmpty() && shape.sort().isEmpty()) {
            return false;
        }
        List<Index> candidates = new ArrayList<>(indexes);
        candidates.add(Index.of(shape.collection(), "_id", 1));
        return candidates.stream()
                .filter(index -> index.collection().equals(shape.collection()))
                .anyMatch(index -> serves(index, shape));
    }

    private static boolean serves(Index index, QueryShape shape) {
        List<Map.Entry<String, Integer>> keys = new ArrayList<>(index.keys().entrySet());
        int prefix = 0;
        while (prefix < keys.size() && shape.equality().contains(keys.get(prefix).getKey())) {
            prefix++;
        }
        List<Map.Entry<String, Integer>> sort = shape.sort().entrySet().stream()
                .filter(e -> !shape.equality().contains(e.getKey()))
                .toList();
        Integer sign = null;
        for (int i = 0; i < sort.size(); i++) {
            int at = prefix + i;
            if (at >= keys.size() || !keys.get(at).getKey().equals(sort.get(i).getKey())) {
                return false; // the rest of the sort would be done in memory
            }
            int s = Integer.signum(keys.get(at).getValue() * sort.get(i).getValue());
            if (sign != null && s != sign) {
                return false;
            }
            sign = s;
        }
        if (prefix > 0) {
            return true;
        }
        if (!shape.equality().isEmpty()) {
            return false; // the index does not start with what the query fixes
        }
        String first = keys.get(0).getKey();
        return shape.range().contains(first) || (shape.range().isEmpty() && !sort.isEmpty());
    }
}
