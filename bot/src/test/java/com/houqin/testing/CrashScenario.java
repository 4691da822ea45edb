package com.houqin.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.bson.Document;

import com.houqin.testing.FakeBotApi.SentMessage;
import com.mongodb.client.MongoCollection;

/**
 * Scripted work for a crash run, as people do it: newcomers join and an admin decides, reports go
 * to a technician who accepts, starts and finishes, meals are ticked, a car is booked and assigned,
 * and a lunch reminder goes to a crowd. Each round has people of its own. After the run,
 * {@link #check} counts what each person got and what the store holds against what was done.
 */
public final class CrashScenario {

    /** One thing counted: how many were expected, how many there are. */
    public record Count(String what, long expected, long actual) {
        public long lost() {
            return Math.max(0, expected - actual);
        }

        public long repeated() {
            return Math.max(0, actual - expected);
        }
    }

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final CrashRun run;
    private final FakeBotApi api;
    private final List<Long> crowd = new ArrayList<>();
    private final Map<String, Long> expectedNotices = new LinkedHashMap<>();
    private final Map<Long, String> reporters = new HashMap<>();
    private int rounds;
    private int pings;

    public CrashScenario(CrashRun run) {
        this.run = run;
        this.api = run.api();
    }

    /** Employees who only get the lunch reminder (set up straight in the store). */
    public void addCrowd(int people) {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            long id = 8_000_000L + crowd.size();
            crowd.add(id);
            docs.add(person(id, "Crowd " + id, "EMPLOYEE"));
        }
        run.store().getCollection("people").insertMany(docs);
    }

    /** Sets up the people of this many rounds in the store (before anything is killed). */
    public void prepare(int roundsAhead) {
        List<Document> docs = new ArrayList<>();
        for (int r = 1; r <= roundsAhead; r++) {
            long base = base(r);
            docs.add(person(base + 1, tech(r), "EMPLOYEE", "TECHNICIAN"));
            docs.add(person(base + 2, "Dispatcher " + r, "EMPLOYEE", "DISPATCHER"));
            docs.add(person(base + 3, driver(r), "EMPLOYEE", "DRIVER"));
            docs.add(person(base + 4, ann(r), "EMPLOYEE"));
            docs.add(person(base + 5, "Bob-" + r + "-", "EMPLOYEE"));
        }
        run.store().getCollection("people").insertMany(docs);
    }

    private static long base(int round) {
        return 7_000_000L + round * 100L;
    }

    private static String tech(int r) {
        return "Tech-" + r + "-";
    }

    private static String driver(int r) {
        return "Driver-" + r + "-";
    }

    private static String ann(int r) {
        return "Ann-" + r + "-";
    }

    /** One round of everyone's work; returns normally once every step got its answer. */
    public void round() {
        int r = ++rounds;
        long base = base(r);
        Phone admin = new Phone(api, CrashRun.ADMIN, "Ada", "en").patient(PATIENCE);
        Phone tech = phone(base + 1);
        Phone dispatcher = phone(base + 2);
        Phone ann = phone(base + 4);
        Phone bob = phone(base + 5);

        join(admin, new Phone(api, base + 10, "Newcomer" + r + "a", "en").patient(PATIENCE), true);
        join(admin, new Phone(api, base + 11, "Newcomer" + r + "b", "en").patient(PATIENCE), false);

        String first = report(ann, "Hall " + r);
        String second = report(bob, "Lab " + r);
        tech.tap(tech.expect(m -> m.text().contains(first) && m.buttonData("Accept") != null), "Accept");
        SentMessage job = tech.expect(m -> m.text().contains(first) && m.buttonData("Start") != null);
        ann.expect("accepted your repair " + first);
        tech.tap(job, "Start");
        ann.expect("started work on " + first);
        tech.tap(tech.expect(m -> m.text().contains(first) && m.buttonData("Done") != null), "Done");
        tech.tap(tech.expect(m -> m.text().contains("photo of the result") && m.buttonData("Skip") != null), "Skip");
        ann.tap(ann.expect(m -> m.text().contains(first + " is fixed") && m.buttonData("Fixed") != null), "Fixed");
        ann.tap(ann.expect(m -> m.text().contains("How was the repair of " + first)), "5⭐");
        tech.tap(tech.expect(m -> m.text().contains(second) && m.buttonData("Accept") != null), "Accept");
        bob.expect("accepted your repair " + second);
        expect("accepted " + first, ann, m -> m.text().contains("accepted your repair " + first), 1);
        expect("started " + first, ann, m -> m.text().contains("started work on " + first), 1);
        expect("fixed? " + first, ann, m -> m.text().contains(first + " is fixed"), 1);
        expect("accepted " + second, bob, m -> m.text().contains("accepted your repair " + second), 1);

        tickLunchTomorrow(ann);
        tickLunchTomorrow(bob);

        ping(ann);
        ping(bob);

        book(ann, r);
        SentMessage card = dispatcher.expect(m -> m.text().contains(ann(r)) && m.buttonData("Assign") != null);
        dispatcher.tap(card, "Assign");
        SentMessage cars = dispatcher.expect(m -> m.text().contains("Choose a car") && m.buttonData("CAR-1 ·") != null);
        dispatcher.tap(cars, "CAR-1 ·");
        dispatcher.tap(dispatcher.expect(m -> m.text().contains("Choose a driver")
                && m.buttonData(driver(r)) != null), driver(r));
        ann.expect("Your car is confirmed");
        expect("car confirmed " + r, ann, m -> m.text().contains("Your car is confirmed"), 1);
        expect("driver told " + r, new Phone(api, base + 3, "Driver", "en"),
                m -> m.text().contains("New trip for you"), 1);
    }

    /** The same person asking for /help again and again: each asked once, answered once. */
    public void chatter(int times) {
        Phone ann = phone(base(Math.max(1, rounds)) + 4);
        for (int i = 0; i < times; i++) {
            ping(ann);
        }
    }

    private void ping(Phone who) {
        int mark = who.mark();
        who.send("/help");
        who.expectAfter(mark, "Here is what you can do");
        pings++;
    }

    private void join(Phone admin, Phone newcomer, boolean approve) {
        newcomer.send("/start");
        newcomer.expect("full name");
        newcomer.send(newcomer.firstName() + " Li");
        newcomer.tap(newcomer.expect(m -> m.text().contains("Which department") && m.buttonData("Finance") != null),
                "Finance");
        newcomer.expect("sent to the admins");
        SentMessage request = admin.expect(m -> m.text().contains(newcomer.firstName() + " Li")
                && m.buttonData("Approve") != null);
        admin.tap(request, approve ? "Approve" : "Reject");
        String outcome = approve ? "Your registration is approved" : "your registration was declined";
        newcomer.expect(outcome);
        expect((approve ? "approved " : "declined ") + newcomer.firstName(), newcomer,
                m -> m.text().contains(outcome), 1);
        expect("asked to approve " + newcomer.firstName(), admin,
                m -> m.text().contains(newcomer.firstName() + " Li") && m.text().contains("Registration request"), 1);
    }

    private String report(Phone who, String where) {
        int mark = who.mark();
        who.send("/repair");
        who.tap(who.expectAfter(mark, "What needs repair?"), "Lighting");
        who.expectAfter(mark, "Where is it?");
        who.send(where);
        who.expectAfter(mark, "What is wrong?");
        who.send("The light is out in " + where);
        who.tap(who.expectAfter(mark, "Send photos if they help"), "Skip");
        who.tap(who.expectAfter(mark, "Is it urgent?"), "Routine");
        who.tap(who.expectAfter(mark, "Please check your report"), "Confirm");
        String created = who.expectAfter(mark, "created").text();
        String code = created.replaceAll("(?s).*Ticket (R-\\d+).*", "$1");
        reporters.put(who.id(), code);
        return code;
    }

    private void tickLunchTomorrow(Phone who) {
        who.send("/meal tomorrow");
        who.tap(who.expect(m -> m.buttonData("☐ Lunch") != null), "☐ Lunch");
        who.expect(m -> m.buttonData("✅ Lunch") != null);
    }

    /** Each round's trip has its own hour, so one car can take them all. */
    private void book(Phone who, int r) {
        java.time.LocalTime leave = java.time.LocalTime.of(6, 0).plusMinutes(40L * r);
        int mark = who.mark();
        who.send("/car");
        answer(who, mark, "Which day?", "Tomorrow");
        answer(who, mark, "What time do you leave", leave.toString());
        answer(who, mark, "Where to?", "Airport");
        answer(who, mark, "When will you be back?", leave.plusMinutes(30).toString());
        answer(who, mark, "How many people travel", "1");
        answer(who, mark, "What is the trip for?", "Meeting");
        who.tap(who.expectAfter(mark, "Please check your car request"), "Confirm");
        who.expectAfter(mark, "Car request #");
    }

    private static void answer(Phone who, int mark, String question, String value) {
        SentMessage asked = who.expectAfter(mark, question);
        if (asked.buttonData(value) != null) {
            who.tap(asked, value);
        } else {
            who.send(value);
        }
    }

    private Phone phone(long id) {
        return new Phone(api, id, "Person " + id, "en").patient(PATIENCE);
    }

    private static Document person(long id, String name, String... roles) {
        return new Document("_id", id).append("name", name).append("department", "Logistics")
                .append("roles", List.of(roles)).append("status", "APPROVED").append("unreachable", false)
                .append("joinedAt", java.util.Date.from(Instant.now()));
    }

    private final Map<String, Object[]> checks = new LinkedHashMap<>();

    private void expect(String what, Phone who, Predicate<SentMessage> match, long times) {
        checks.put(what, new Object[] {who.id(), match, times});
    }

    /** How many of the crowd got their lunch reminder so far. */
    public long remindersDelivered() {
        return crowd.stream().filter(id -> api.messagesTo(id).stream()
                .anyMatch(m -> m.text().contains("registration closes at"))).count();
    }

    /** Counts everything against what was done; call once the run has settled. */
    public List<Count> check() {
        List<Count> counts = new ArrayList<>();
        for (Map.Entry<String, Object[]> c : checks.entrySet()) {
            long chat = (Long) c.getValue()[0];
            @SuppressWarnings("unchecked")
            Predicate<SentMessage> match = (Predicate<SentMessage>) c.getValue()[1];
            counts.add(new Count("notice: " + c.getKey(), (Long) c.getValue()[2],
                    api.messagesTo(chat).stream().filter(match).count()));
        }
        long reminded = crowd.stream().mapToLong(id -> api.messagesTo(id).stream()
                .filter(m -> m.text().contains("registration closes at")).count()).sum();
        counts.add(new Count("notice: lunch reminders to the crowd", crowd.size(), reminded));
        MongoCollection<Document> tickets = run.store().getCollection("repair_tickets");
        counts.add(new Count("record: tickets", 2L * rounds, tickets.countDocuments()));
        counts.add(new Count("record: tickets closed with 5 stars", rounds,
                tickets.countDocuments(new Document("status", "CLOSED").append("rating", 5))));
        counts.add(new Count("record: people approved by an admin", rounds, run.store().getCollection("people")
                .countDocuments(new Document("status", "APPROVED").append("decidedBy", CrashRun.ADMIN))));
        counts.add(new Count("record: people declined", rounds,
                run.store().getCollection("people").countDocuments(new Document("status", "REJECTED"))));
        counts.add(new Count("record: lunch registrations", 2L * rounds, run.store()
                .getCollection("meal_registrations").countDocuments(new Document("eating", true))));
        long bookings = 0;
        long approved = 0;
        for (Document day : run.store().getCollection("car_days").find()) {
            for (Document b : day.getList("bookings", Document.class)) {
                bookings++;
                approved += "APPROVED".equals(b.getString("status")) ? 1 : 0;
            }
        }
        counts.add(new Count("record: car bookings", rounds, bookings));
        counts.add(new Count("record: car bookings approved", rounds, approved));
        long helped = api.allMessages().stream().filter(m -> m.text().contains("Here is what you can do")).count();
        counts.add(new Count("update: /help answered", pings, helped));
        return counts;
    }

    /** Messages that reached a chat more than once with the same text (beyond those counted above). */
    public long repeatedMessages() {
        return repeats().values().stream().mapToLong(n -> n - 1).sum();
    }

    /** The chat and text of each message that reached its chat more than once, with how often. */
    public Map<String, Integer> repeats() {
        Map<String, Integer> seen = new HashMap<>();
        for (SentMessage m : api.allMessages()) {
            if (m.text().contains("Here is what you can do")) {
                continue; // asked for again and again on purpose
            }
            seen.merge(m.chatId() + ": " + m.text(), 1, Integer::sum);
        }
        seen.values().removeIf(n -> n < 2);
        return seen;
    }
}
