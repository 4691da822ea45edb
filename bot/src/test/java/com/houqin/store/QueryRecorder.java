package com.houqin.store;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/**
 * Records the shape of every query the application sends to the store while {@link #start()}ed:
 * finds, counts, distincts, updates, deletes, findAndModifys and the first {@code $match} (with
 * the {@code $sort} right after it) of aggregations, each with the application method that sent it.
 * Queries sent by test code itself are left out. Registered on the test application's MongoDB
 * client by {@code BotIntegrationTest}; the driver calls it on the thread that sends the command.
 */
public final class QueryRecorder implements CommandListener {

    public static final QueryRecorder INSTANCE = new QueryRecorder();

    private static final Set<String> COMMANDS = Set.of("find", "count", "distinct", "update", "delete", "findAndModify", "aggregate");
    private static final StackWalker STACK = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private volatile boolean recording;
    /** Each shape with a place that sent it. */
    private final Map<String, Map.Entry<QueryShape, String>> shapes = new ConcurrentHashMap<>();

    private QueryRecorder() {
    }

    public void start() {
        shapes.clear();
        recording = true;
    }

    /** Stops recording; each shape recorded, with a place that sent it. */
    public Map<QueryShape, String> stop() {
        recording = false;
        Map<QueryShape, String> out = new java.util.LinkedHashMap<>();
        shapes.values().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (!recording || !COMMANDS.contains(event.getCommandName())) {
            return;
        }
        String origin = origin();
        if (origin == null) {
            return;
        }
        BsonDocument command = event.getCommand();
        String collection = command.getString(event.getCommandName()).getValue();
        for (QueryShape shape : shapes(event.getCommandName(), collection, command)) {
            shapes.putIfAbsent(shape.toString(), Map.entry(shape, origin));
        }
    }

    static List<QueryShape> shapes(String name, String collection, BsonDocument command) {
        return switch (name) {
            case "find" -> QueryShape.of(collection, doc(command, "filter"), doc(command, "sort"));
            case "count", "distinct" -> QueryShape.of(collection, doc(command, "query"), null);
            case "findAndModify" -> QueryShape.of(collection, doc(command, "query"), doc(command, "sort"));
            case "update" -> statements(collection, command, "updates");
            case "delete" -> statements(collection, command, "deletes");
            case "aggregate" -> aggregate(collection, command.getArray("pipeline", new BsonArray()));
            default -> List.of();
        };
    }

    private static List<QueryShape> statements(String collection, BsonDocument command, String field) {
        // statements may also travel as a document sequence, outside the command's body
        List<QueryShape> out = new java.util.ArrayList<>();
        for (BsonValue statement : command.getArray(field, new BsonArray())) {
            out.addAll(QueryShape.of(collection, doc(statement.asDocument(), "q"), doc(statement.asDocument(), "sort")));
        }
        return out;
    }

    private static List<QueryShape> aggregate(String collection, BsonArray pipeline) {
        BsonDocument match = null;
        BsonDocument sort = null;
        for (int i = 0; i < pipeline.size() && i < 2; i++) {
            BsonDocument stage = pipeline.get(i).asDocument();
            if (i == 0 && stage.containsKey("$match")) {
                match = stage.getDocument("$match");
            } else if (stage.containsKey("$sort") && (i == 0 || match != null)) {
                sort = stage.getDocument("$sort");
            } else {
                break;
            }
        }
        return QueryShape.of(collection, match, sort);
    }

    private static BsonDocument doc(BsonDocument parent, String field) {
        BsonValue value = parent.get(field);
        return value != null && value.isDocument() ? value.asDocument() : null;
    }

    /** The innermost application frame that sent the command, or null when test code sent it. */
    private static String origin() {
        return STACK.walk(frames -> frames
                .filter(f -> f.getClassName().startsWith("com.houqin.") && f.getDeclaringClass() != QueryRecorder.class)
                .findFirst()
                .map(f -> isTestCode(f.getDeclaringClass()) ? null
                        : f.getDeclaringClass().getName().replace("com.houqin.", "") + "." + f.getMethodName())
                .orElse(null));
    }

    private static boolean isTestCode(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation().getPath().contains("test-classes");
    }
}
