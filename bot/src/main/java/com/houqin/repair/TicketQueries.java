package com.houqin.repair;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Lists of tickets for queues, the ladder and the summary; read only (changes go through {@link Tickets}). */
@Component
class TicketQueries {

    private final MongoTemplate mongo;

    TicketQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Open jobs: the small working set the ladder and the queues look at. */
    List<Ticket> open() {
        return mongo.find(Query.query(Criteria.where("status").in(TicketStatus.OPEN)), Ticket.class);
    }

    List<Ticket> openOrDone() {
        Set<TicketStatus> statuses = new LinkedHashSet<>(TicketStatus.OPEN);
        statuses.add(TicketStatus.DONE);
        return mongo.find(Query.query(Criteria.where("status").in(statuses)), Ticket.class);
    }

    List<Ticket> reportedBy(long reporterId, Collection<TicketStatus> statuses) {
        return mongo.find(Query.query(Criteria.where("reporterId").is(reporterId).and("status").in(statuses))
                .with(Sort.by("createdAt")), Ticket.class);
    }

    /** The places this person reported from lately, newest first, without repeats. */
    List<String> recentLocations(long reporterId, int max) {
        List<Ticket> recent = mongo.find(Query.query(Criteria.where("reporterId").is(reporterId))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(30), Ticket.class);
        List<String> places = new ArrayList<>();
        for (Ticket t : recent) {
            if (t.location() != null && !places.contains(t.location())) {
                places.add(t.location());
            }
            if (places.size() == max) {
                break;
            }
        }
        return places;
    }

    /** Tickets with any of these timestamps in [from, to). */
    List<Ticket> touchedBetween(Instant from, Instant to) {
        return mongo.find(Query.query(new Criteria().orOperator(
                Criteria.where("createdAt").gte(from).lt(to),
                Criteria.where("doneAt").gte(from).lt(to),
                Criteria.where("closedAt").gte(from).lt(to),
                Criteria.where("reopenedAt").gte(from).lt(to))), Ticket.class);
    }

    /** Tickets reported, fixed or promised in [from, to): what a report on the period reads. */
    List<Ticket> forReport(Instant from, Instant to) {
        return mongo.find(Query.query(new Criteria().orOperator(
                Criteria.where("createdAt").gte(from).lt(to),
                Criteria.where("doneAt").gte(from).lt(to),
                Criteria.where("promise.madeAt").gte(from).lt(to))), Ticket.class);
    }
}
