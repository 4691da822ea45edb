package com.houqin.scheduler;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The instances of the bot that share one database, and which of them are alive. Work an
 * instance has claimed (a scheduled run, a message being sent) is its own while it lives, however
 * long the work takes; once it is dead, any other instance (or its own restart) takes the work over.
 *
 * <p>Each instance counts up a number in its document every {@code beat}. Another instance judges it
 * dead when it has watched that number stand still for {@code deadAfter} of its own time (the
 * monotonic clock), or at once when it stopped normally. No wall clocks are compared, so clocks that
 * disagree between machines, or a test moving time, cannot make a living instance look dead; and time
 * in which the observer could not read the database does not count.
 */
public class LiveInstances implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveInstances.class);
    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final MongoTemplate mongo;
    private final Duration beat;
    private final Duration deadAfter;
    private final Clock wall = Clock.systemUTC();
    private final String id;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private volatile Set<String> dead = Set.of();
    private ScheduledExecutorService timer;

    private record Seen(long beats, long sinceNanos) {
    }

    public LiveInstances(MongoTemplate mongo, Duration beat, Duration deadAfter) {
        this.mongo = mongo;
        this.beat = beat;
        this.deadAfter = deadAfter;
        this.id = hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** This instance's id: the owner named on the work it claims. */
    public String id() {
        return id;
    }

    /** The instances known to be dead now (never this one). */
    public Set<String> dead() {
        return dead;
    }

    public boolean isDead(String instanceId) {
        return instanceId != null && dead.contains(instanceId);
    }

    @Override
    public void afterPropertiesSet() {
        beatAndLook();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "houqin-heartbeat");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::beatAndLook, beat.toMillis(), beat.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A normal stop: the others may take over this instance's work at once. */
    @Override
    public void destroy() {
        if (timer != null) {
            timer.shutdownNow();
        }
        try {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("stopped", true),
                    InstanceBeat.class);
        } catch (RuntimeException e) {
            log.debug("Could not record that instance {} stopped", id, e);
        }
    }

    void beatAndLook() {
        try {
            Instant now = wall.instant();
            mongo.upsert(Query.query(Criteria.where("_id").is(id)), new Update().inc("beats", 1)
                    .set("beatAt", now).set("stopped", false).setOnInsert("startedAt", now), InstanceBeat.class);
            look(mongo.findAll(InstanceBeat.class), now);
        } catch (RuntimeException e) {
            // what was watched while the store was out of reach says nothing about the others
            seen.clear();
            log.debug("Heartbeat failed: {}", e.getMessage());
        }
    }

    private void look(List<InstanceBeat> all, Instant now) {
        long nanos = System.nanoTime();
        Set<String> nowDead = new HashSet<>();
        seen.keySet().retainAll(all.stream().map(InstanceBeat::id).toList());
        for (InstanceBeat other : all) {
            if (other.id().equals(id)) {
                continue;
            }
            Seen before = seen.get(other.id());
            if (before == null || before.beats() != other.beats()) {
                seen.put(other.id(), new Seen(other.beats(), nanos));
            }
            boolean standingStill = before != null && before.beats() == other.beats()
                    && nanos - before.sinceNanos() >= deadAfter.toNanos();
            if (other.stopped() || standingStill) {
                nowDead.add(other.id());
            }
            if (nowDead.contains(other.id()) && other.beatAt() != null
                    && other.beatAt().isBefore(now.minus(FORGET_AFTER))) {
                mongo.remove(Query.query(Criteria.where("_id").is(other.id())), InstanceBeat.class);
            }
        }
        if (!nowDead.equals(dead)) {
            Set<String> newlyDead = new HashSet<>(nowDead);
            newlyDead.removeAll(dead);
            if (!newlyDead.isEmpty()) {
                log.info("Instances {} have stopped; their work is taken over", newlyDead);
            }
            dead = Set.copyOf(nowDead);
        }
    }

    private static String hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name == null || name.isBlank() ? "instance" : name;
        } catch (Exception e) {
            return "instance";
        }
    }
}
