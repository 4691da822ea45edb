package com.houqin.repair;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.houqin.people.People;
import com.houqin.people.Person;
import com.houqin.people.Role;

/** Who repairs what: technicians and the categories each takes. */
@Component
public class Technicians {

    private final MongoTemplate mongo;
    private final People people;

    public Technicians(MongoTemplate mongo, People people) {
        this.mongo = mongo;
        this.people = people;
    }

    public TechnicianProfile profile(long personId) {
        TechnicianProfile p = mongo.findById(personId, TechnicianProfile.class);
        return p == null ? new TechnicianProfile(personId, Set.of()) : p;
    }

    public boolean takes(Person technician, RepairCategory category) {
        return technician.has(Role.TECHNICIAN) && profile(technician.id()).takes(category);
    }

    /** Approved technicians who take this category. */
    public List<Person> forCategory(RepairCategory category) {
        List<Person> all = people.withRole(Role.TECHNICIAN);
        Map<Long, TechnicianProfile> profiles = mongo.find(Query.query(Criteria.where("_id")
                        .in(all.stream().map(Person::id).toList())), TechnicianProfile.class).stream()
                .collect(Collectors.toMap(TechnicianProfile::personId, Function.identity()));
        return all.stream().filter(p -> profiles.getOrDefault(p.id(), new TechnicianProfile(p.id(), Set.of()))
                .takes(category)).toList();
    }

    public List<Person> leads() {
        return people.withRole(Role.REPAIR_LEAD);
    }

    public TechnicianProfile toggle(long personId, RepairCategory category) {
        TechnicianProfile current = profile(personId);
        Update update = current.categories().contains(category) ? new Update().pull("categories", category)
                : new Update().addToSet("categories", category);
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(personId)), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), TechnicianProfile.class);
    }
}
