package com.houqin.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

import com.houqin.scheduler.ScheduledTask;
import com.houqin.store.IndexRule.Index;
import com.houqin.testing.BotIntegrationTest;

/**
 * Every query the application sends while people use it and while its scheduled work runs is
 * served by an index it declares, on a real MongoDB's terms ({@link IndexRule}). The embedded store
 * ignores non-unique indexes, so nothing else would notice a query that scans its collection.
 *
 * <p>The flows are the integration tests of every feature, run here again with a
 * {@link QueryRecorder} on the application's MongoDB client, then every scheduled task once; the
 * indexes are those the application creates at start (its {@code @CompoundIndex} and
 * {@code @Indexed} declarations, as Spring Data resolves them).
 */
class IndexCoverageTest extends BotIntegrationTest {

    /** Flows that between them send every kind of query of every feature. */
    private static final List<String> FLOWS = List.of(
            "com.houqin.people.OnboardingTest", "com.houqin.people.AdminTest", "com.houqin.people.InviteTest",
            "com.houqin.chat.FormsTest", "com.houqin.telegram.TransportTest", "com.houqin.outbox.OutboxTest",
            "com.houqin.repair.RepairLifecycleTest", "com.houqin.repair.EscalationLadderTest",
            "com.houqin.repair.NewcomerAtAPlaceTest", "com.houqin.repair.StaleCardsTest",
            "com.houqin.meal.MealRegistrationTest", "com.houqin.meal.ReminderTest", "com.houqin.meal.CutoffTest",
            "com.houqin.meal.HeadcountTest", "com.houqin.car.CarBookingTest", "com.houqin.car.CarPoolingTest",
            "com.houqin.car.DepartureRemindersTest", "com.houqin.car.FleetAdminTest",
            "com.houqin.summary.SummaryTest", "com.houqin.report.ReportCommandTest",
            "com.houqin.report.WeeklyReportTest", "com.houqin.repair.RepairReportTest", "com.houqin.meal.MealReportTest",
            "com.houqin.car.CarReportTest");

    /**
     * Collections that stay small whatever happens (configuration an admin keeps): reading one whole
     * is cheaper than keeping an index.
     */
    private static final Set<String> SMALL = Set.of("car_vehicles", "car_destinations", "counters", "instances",
            "scheduled_tasks");

    /**
     * Reads of a whole collection that features make on purpose, with why that is acceptable; any
     * other such read fails the test.
     */
    private static final Map<String, String> WHOLE_READS = Map.of(
            "outbox.Outbox.queued", "counts the queue, which holds only the messages not yet delivered",
            "meal.MealProfiles.withPlans", "every profile, to apply standing registrations at a cut-off: one per person",
            "meal.MealHousekeeping.personIds", "every person's id, to name the old registrations to delete: one per person",
            "repair.Places.all", "the admin's list of places, drawn only in /admin");

    @Autowired
    MongoMappingContext mapping;

    @Autowired
    com.houqin.telegram.InboundUpdates inbound;

    @Autowired
    com.houqin.outbox.NoticeRelay relay;

    @Autowired
    List<ScheduledTask> scheduledTasks;

    @Test
    void everyQueryIsServedByADeclaredIndex() throws Exception {
        QueryRecorder.INSTANCE.start();
        Map<QueryShape, String> shapes;
        try {
            TestExecutionSummary flows = runFlows();
            assertThat(flows.getTestsSucceededCount()).as("flows run").isGreaterThan(30);
            for (ScheduledTask task : scheduledTasks) {
                task.run(clock.instant());
            }
            // what runs at start (and the relay's sweep, every 10 minutes), before any flow
            inbound.unhandled();
            relay.sweep();
        } finally {
            shapes = QueryRecorder.INSTANCE.stop();
        }
        List<Index> declared = declaredIndexes();
        List<Index> indexes = createdIndexes();
        assertThat(indexes).as("every declared index is created at start").containsAll(declared);
        Map<String, String> unserved = new TreeMap<>();
        shapes.forEach((shape, origin) -> {
            boolean wholeRead = shape.equality().isEmpty() && shape.range().isEmpty() && shape.sort().isEmpty();
            boolean allowed = SMALL.contains(shape.collection()) || (wholeRead && WHOLE_READS.containsKey(origin));
            if (!allowed && !IndexRule.served(shape, indexes)) {
                unserved.put(shape.toString(), origin);
            }
        });
        System.out.println("INDEXES " + indexes);
        System.out.println("QUERY SHAPES " + shapes.size());
        new TreeMap<>(Map.copyOf(stringKeys(shapes))).forEach((s, o) -> System.out.println("  " + s + "  <- " + o));
        assertThat(shapes).as("queries recorded").hasSizeGreaterThan(40);
        assertThat(unserved).as("queries no declared index serves (shape <- where it is sent)").isEmpty();
    }

    private static Map<String, String> stringKeys(Map<QueryShape, String> shapes) {
        Map<String, String> out = new LinkedHashMap<>();
        shapes.forEach((k, v) -> out.put(k.toString(), v));
        return out;
    }

    private TestExecutionSummary runFlows() throws ClassNotFoundException {
        var request = LauncherDiscoveryRequestBuilder.request();
        for (String flow : FLOWS) {
            request.selectors(selectClass(Class.forName(flow)));
        }
        LauncherDiscoveryRequest discovery = request.build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(discovery, summary);
        summary.getSummary().getFailures().forEach(f -> System.out.println("FLOW FAILED " + f.getTestIdentifier().getDisplayName() + ": " + f.getException()));
        return summary.getSummary();
    }

    /** The indexes in the store (the embedded one lists them, though it uses only the unique ones). */
    private List<Index> createdIndexes() {
        List<Index> out = new ArrayList<>();
        for (String collection : mongo.getCollectionNames()) {
            for (var info : mongo.indexOps(collection).getIndexInfo()) {
                LinkedHashMap<String, Integer> keys = new LinkedHashMap<>();
                info.getIndexFields().forEach(f -> keys.put(f.getKey(),
                        f.getDirection() == org.springframework.data.domain.Sort.Direction.DESC ? -1 : 1));
                out.add(new Index(collection, keys));
            }
        }
        return out;
    }

    private List<Index> declaredIndexes() {
        MongoPersistentEntityIndexResolver resolver = new MongoPersistentEntityIndexResolver(mapping);
        List<Index> out = new ArrayList<>();
        for (MongoPersistentEntity<?> entity : mapping.getPersistentEntities()) {
            if (!entity.isAnnotationPresent(org.springframework.data.mongodb.core.mapping.Document.class)) {
                continue;
            }
            resolver.resolveIndexFor(entity.getTypeInformation()).forEach(holder -> {
                LinkedHashMap<String, Integer> keys = new LinkedHashMap<>();
                holder.getIndexKeys().forEach((field, dir) -> keys.put(field, ((Number) dir).intValue()));
                out.add(new Index(holder.getCollection(), keys));
            });
        }
        return out;
    }
}
