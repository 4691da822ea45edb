package com.houqin.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import com.houqin.store.IndexRule.Index;

/** The prefix rules the index coverage check applies, on shapes that must pass and fail. */
class IndexRuleTest {

    private static final List<Index> OUTBOX = List.of(
            Index.of("outbox", "status", 1, "dueAt", 1),
            Index.of("outbox", "chatId", 1, "createdAt", -1));

    private static QueryShape shape(String filter, String sort) {
        return QueryShape.of("outbox", BsonDocument.parse(filter), sort == null ? null : BsonDocument.parse(sort)).get(0);
    }

    private static boolean served(String filter, String sort) {
        return IndexRule.allServed(QueryShape.of("outbox", BsonDocument.parse(filter),
                sort == null ? null : BsonDocument.parse(sort)), OUTBOX);
    }

    @Test
    void equalityThenSortThenRangeIsServed() {
        assertThat(served("{status: 'PENDING', dueAt: {$lte: 5}}", "{dueAt: 1}")).isTrue();
        assertThat(served("{status: 'PENDING'}", "{dueAt: -1}")).as("a sort read backwards").isTrue();
        assertThat(served("{status: {$in: ['A', 'B']}, chatId: 7}", null)).isTrue();
        assertThat(served("{chatId: 7, status: 'PENDING'}", "{createdAt: -1}"))
                .as("an equality field the index leaves out is filtered").isTrue();
        assertThat(served("{chatId: 7}", "{chatId: 1, createdAt: -1}")).as("a sort field fixed by equality").isTrue();
    }

    @Test
    void idQueriesAreAlwaysServed() {
        assertThat(served("{_id: 'x', other: 3}", "{whatever: 1}")).isTrue();
        assertThat(served("{_id: {$lt: 'x'}}", null)).isTrue();
        assertThat(served("{_id: {$in: ['a', 'b']}}", null)).isTrue();
    }

    @Test
    void aSortTheIndexCannotGiveIsNotServed() {
        assertThat(served("{status: 'PENDING'}", "{createdAt: 1}")).isFalse();
        assertThat(served("{status: 'PENDING', dueAt: {$lte: 5}}", "{createdAt: 1}")).as("range before sort").isFalse();
        assertThat(served("{chatId: 7}", "{createdAt: -1, status: 1}")).as("a sort longer than the index").isFalse();
        assertThat(shape("{chatId: 7}", "{createdAt: 1, x: -1}").sort()).hasSize(2);
    }

    @Test
    void anIndexMustStartWithWhatTheQueryFixes() {
        assertThat(served("{dueAt: 5}", null)).as("second key only").isFalse();
        assertThat(served("{createdAt: {$gt: 1}}", null)).isFalse();
        assertThat(served("{status: {$ne: 'SENT'}}", null)).as("a range on the first key").isTrue();
        assertThat(served("{}", null)).as("the whole collection").isFalse();
        assertThat(served("{status: {$regex: 'PEN'}}", null)).as("a regular expression is a range").isTrue();
        assertThat(shape("{chatId: {$regex: '^1'}}", null).range()).containsExactly("chatId");
        assertThat(served("{}", "{status: 1}")).as("read in index order").isTrue();
    }

    @Test
    void everyBranchOfAnOrMustBeServed() {
        assertThat(served("{$or: [{status: 'A'}, {chatId: 7}]}", null)).isTrue();
        assertThat(served("{$or: [{status: 'A'}, {dueAt: 7}]}", null)).isFalse();
        assertThat(QueryShape.of("c", BsonDocument.parse("{a: 1, $or: [{b: 1}, {c: {$gt: 1}}]}"), null))
                .containsExactly(
                        QueryShape.of("c", Set.of("a", "b"), Set.of(), Map.of()),
                        QueryShape.of("c", Set.of("a"), Set.of("c"), new LinkedHashMap<>()));
    }
}
