package clinic.letdown.fhir;

import static clinic.letdown.fhir.FhirCodes.concept;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

import io.quarkus.runtime.Startup;
import clinic.letdown.account.Account;
import clinic.letdown.billing.ConsultantBilling;
import clinic.letdown.careplan.Activity;
import clinic.letdown.careplan.CarePlan;
import clinic.letdown.client.Baby;
import clinic.letdown.client.Client;
import clinic.letdown.consent.ConsentSignature;
import clinic.letdown.intake.Intake;
import clinic.letdown.consultation.Consultation;
import clinic.letdown.consultation.ConsultationKind;
import clinic.letdown.consultation.ConsultationMessages;
import clinic.letdown.consultation.LetdownDifficulty;
import clinic.letdown.consultation.LetdownSign;
import clinic.letdown.consultation.LetdownTrigger;
import clinic.letdown.growth.WeighIn;
import clinic.letdown.letdownlog.LetdownLogEntry;
import clinic.letdown.web.Language;
import clinic.letdown.web.RequestLanguage;

/**
 * A client's record as a FHIR R4 Bundle of type collection, built with HAPI's model: the parent
 * and her babies (Patient, tied by RelatedPerson), the consultants (Practitioner), each visit
 * (Encounter with its Observations and a Condition per letdown difficulty), the care plans (CarePlan
 * with Goals and activities), weigh-ins and the letdown log (Observations). Every entry has a
 * {@code urn:uuid} full URL made from its record id, so the same record gets the same URL in every
 * export, and references point at those URLs. Each call builds one client's bundle; one instance
 * may serve many clients (the clinic export) since the Practitioners are made per call. The clinic
 * export asks for {@link #buildWithIds}: each resource then carries its entry's UUID as its id and
 * references read {@code Type/id}, as NDJSON files want them.
 */
@ApplicationScoped
@Startup // a wrong clinic.fhir.base-url stops the start, not the first export
public class ClientBundle {

    /** What one bundle is built from: loaded by the caller (a page, or the clinic export in batches). */
    public record Record(Client client, List<Consultation> consultations, List<CarePlan> plans, List<WeighIn> weighIns,
            List<LetdownLogEntry> log, Intake intake, List<ConsentSignature> consents) {
    }

    private final FhirUrls urls;

    @Inject
    ClientBundle(FhirConfig config) {
        urls = FhirUrls.of(config);
    }

    public Bundle build(Record r) {
        Builder b = new Builder(urls, false, ConsultantBilling::of);
        b.client(r);
        return b.bundle;
    }

    /**
     * The bundle with ids on its resources and references that read {@code Type/id} (the clinic
     * export's files); {@code billing} gives a consultant's NPI and credentials, so that a caller
     * building many clients' bundles reads each consultant's once.
     */
    public Bundle buildWithIds(Record r, Function<Long, ConsultantBilling> billing) {
        Builder b = new Builder(urls, true, billing);
        b.client(r);
        return b.bundle;
    }

    static String url(String kind, long id) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((kind + "/" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static final class Builder {
        final FhirUrls urls;
        final boolean withIds;
        final Function<Long, ConsultantBilling> billing;
        final Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        final Map<Long, Reference> practitioners = new HashMap<>();
        final Map<Long, Reference> babies = new HashMap<>();
        Reference parent;

        Builder(FhirUrls urls, boolean withIds, Function<Long, ConsultantBilling> billing) {
            this.urls = urls;
            this.withIds = withIds;
            this.billing = billing;
            bundle.setTimestamp(new Date());
        }

        CodeableConcept local(String code, String display) {
            return concept(urls.codeSystem(), code, display);
        }

        Reference add(String kind, long id, Resource resource) {
            String url = url(kind, id);
            bundle.addEntry().setFullUrl(url).setResource(resource);
            if (!withIds) {
                return new Reference(url);
            }
            String uuid = url.substring("urn:uuid:".length());
            resource.setId(uuid);
            return new Reference(resource.fhirType() + "/" + uuid);
        }

        void client(Record r) {
            Client c = r.client();
            Patient patient = new Patient();
            patient.addIdentifier(identifier("client", c.id));
            patient.addName(new HumanName().setFamily(c.lastName).addGiven(c.firstName));
            patient.setActive(c.isActive());
            if (c.dateOfBirth != null) {
                patient.setBirthDateElement(new DateType(c.dateOfBirth.toString()));
            }
            if (c.phone != null) {
                patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(c.phone);
            }
            if (c.email != null) {
                patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(c.email);
            }
            // the bare language ("es"): FHIR's languages value set lists es and some regions, not es-US
            patient.addCommunication().setPreferred(true).setLanguage(new CodeableConcept()
                    .addCoding(new Coding(FhirCodes.LANGUAGE, c.language.locale.getLanguage(), null)));
            if (c.consultant != null) {
                patient.addGeneralPractitioner(practitioner(c.consultant));
            }
            parent = add("Patient/client", c.id, patient);

            for (Baby baby : c.babies) {
                Patient p = new Patient();
                p.addIdentifier(identifier("baby", baby.id));
                p.addName(new HumanName().setText(baby.name));
                if (baby.dateOfBirth != null) {
                    p.setBirthDateElement(new DateType(baby.dateOfBirth.toString()));
                }
                p.setGender(switch (baby.sex) {
                    case FEMALE -> AdministrativeGender.FEMALE;
                    case MALE -> AdministrativeGender.MALE;
                    default -> AdministrativeGender.UNKNOWN;
                });
                Reference babyRef = add("Patient/baby", baby.id, p);
                babies.put(baby.id, babyRef);
                if (baby.birthWeightGrams != null && baby.dateOfBirth != null) {
                    Observation w = weight(babyRef, baby.birthWeightGrams, new DateTimeType(baby.dateOfBirth.toString()));
                    add("Observation/birth-weight", baby.id, w);
                }
                // the parent, as the baby's related person, and the link from her own Patient record
                RelatedPerson related = new RelatedPerson();
                related.setPatient(babyRef);
                related.addRelationship(concept(FhirCodes.ROLE_CODE, "PRN", "parent"));
                related.addName(new HumanName().setFamily(c.lastName).addGiven(c.firstName));
                Reference relatedRef = add("RelatedPerson/parent-of-baby", baby.id, related);
                patient.addLink().setOther(relatedRef).setType(Patient.LinkType.SEEALSO);
            }
            r.consultations().forEach(this::consultation);
            r.weighIns().forEach(this::weighIn);
            r.plans().forEach(this::carePlan);
            r.log().forEach(this::logEntry);
            intake(r.intake());
            for (ConsentSignature s : r.consents()) {
                add("Consent", s.id, FhirConsents.of(urls, s, parent));
            }
        }

        /** Her intake as a QuestionnaireResponse, with the Questionnaire it answers. */
        void intake(Intake intake) {
            if (intake == null) {
                return;
            }
            add("Questionnaire/intake", Long.parseLong(IntakeQuestionnaire.VERSION), IntakeQuestionnaire.questionnaire(urls));
            QuestionnaireResponse response = IntakeQuestionnaire.response(urls, intake);
            response.setIdentifier(identifier("intake", intake.id));
            response.setSubject(parent);
            response.setSource(parent);
            response.setAuthoredElement(dateTime(intake.submittedAt != null ? intake.submittedAt : intake.updatedAt));
            add("QuestionnaireResponse", intake.id, response);
        }

        Reference practitioner(Account account) {
            return practitioners.computeIfAbsent(account.id, id -> {
                Practitioner p = new Practitioner();
                p.addIdentifier(identifier("account", id));
                ConsultantBilling billing = this.billing.apply(id);
                if (billing.npi != null) {
                    p.addIdentifier(new Identifier().setSystem(FhirCodes.NPI).setValue(billing.npi));
                }
                p.addName(new HumanName().setText(account.displayName));
                if (billing.credentials != null) {
                    p.addQualification().setCode(new CodeableConcept().setText(billing.credentials));
                }
                return add("Practitioner", id, p);
            });
        }

        void consultation(Consultation c) {
            Encounter e = new Encounter();
            e.addIdentifier(identifier("consultation", c.id));
            e.setStatus(Encounter.EncounterStatus.FINISHED);
            boolean remote = c.kind == ConsultationKind.TELEHEALTH || c.kind == ConsultationKind.PHONE;
            e.setClass_(new Coding(FhirCodes.ACT_CODE, remote ? "VR" : "AMB", remote ? "virtual" : "ambulatory"));
            e.addType(local("visit-" + c.kind.name().toLowerCase().replace('_', '-'), kindName(c.kind)));
            e.setSubject(parent);
            e.addParticipant().setIndividual(practitioner(c.consultant));
            e.setPeriod(new Period().setStartElement(dateTime(c.startedAt)));
            if (c.reason != null) {
                e.addReasonCode(new CodeableConcept().setText(c.reason));
            }
            Reference encounter = add("Encounter", c.id, e);
            Reference baby = c.baby == null ? null : babies.get(c.baby.id);
            DateTimeType at = dateTime(c.startedAt);

            if (c.latchTotal() != null) {
                Observation total = observation(local("latch-total", "LATCH breastfeeding assessment total score"),
                        "exam", "Exam", parent, encounter, at);
                total.setValue(new Quantity().setValue(c.latchTotal()).setSystem(FhirCodes.UCUM).setCode("{score}")
                        .setUnit("score"));
                String[][] items = { { "latch-l", "LATCH item L: latch" }, { "latch-a", "LATCH item A: audible swallowing" },
                        { "latch-t", "LATCH item T: type of nipple" }, { "latch-c", "LATCH item C: comfort (breast, nipple)" },
                        { "latch-h", "LATCH item H: hold (positioning)" } };
                Integer[] scores = { c.latchLatch, c.latchAudible, c.latchNipple, c.latchComfort, c.latchHold };
                for (int i = 0; i < items.length; i++) {
                    total.addComponent().setCode(local(items[i][0], items[i][1]))
                            .setValue(new Quantity().setValue(scores[i]).setSystem(FhirCodes.UCUM).setCode("{score}")
                                    .setUnit("score"));
                }
                add("Observation/latch", c.id, total);
            }
            if (c.infantWeightGrams != null && baby != null) {
                Observation w = weight(baby, c.infantWeightGrams, at);
                w.setEncounter(encounter);
                add("Observation/infant-weight", c.id, w);
            }
            if (c.preFeedWeightGrams != null && c.postFeedWeightGrams != null) {
                Observation t = observation(local("test-weighing", "Test weighing (pre- and post-feed infant weight)"),
                        "exam", "Exam", baby == null ? parent : baby, encounter, at);
                t.addComponent().setCode(local("pre-feed-weight", "Infant weight before the feed"))
                        .setValue(grams(c.preFeedWeightGrams));
                t.addComponent().setCode(local("post-feed-weight", "Infant weight after the feed"))
                        .setValue(grams(c.postFeedWeightGrams));
                t.addComponent().setCode(local("milk-transfer", "Milk transferred during the feed (1 g = 1 mL)"))
                        .setValue(new Quantity().setValue(c.milkTransferMl()).setSystem(FhirCodes.UCUM).setCode("mL")
                                .setUnit("mL"));
                add("Observation/test-weighing", c.id, t);
            }
            if (c.painScore != null) {
                Observation pain = observation(concept(FhirCodes.LOINC, FhirCodes.PAIN,
                        "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "survey", "Survey", parent,
                        encounter, at);
                pain.setValue(new org.hl7.fhir.r4.model.IntegerType(c.painScore));
                add("Observation/pain", c.id, pain);
            }
            // the signs seen and the triggers that work for her: one Observation each, coded in the local system,
            // named as the English charting page names them
            ConsultationMessages english = RequestLanguage.words(ConsultationMessages.class, Language.EN);
            for (LetdownSign sign : c.signs()) {
                Observation o = observation(local("letdown-sign", "Letdown sign observed at the visit"), "exam", "Exam",
                        parent, encounter, at);
                o.setValue(local("sign-" + slug(sign), english.sign(sign)));
                add("Observation/letdown-sign-" + slug(sign), c.id, o);
            }
            for (LetdownTrigger trigger : c.triggers()) {
                Observation o = observation(local("letdown-trigger", "Letdown trigger that works for the client"),
                        "exam", "Exam", parent, encounter, at);
                o.setValue(local("trigger-" + slug(trigger), english.trigger(trigger)));
                add("Observation/letdown-trigger-" + slug(trigger), c.id, o);
            }
            for (LetdownDifficulty d : c.difficulties) {
                Condition condition = new Condition();
                condition.addCategory(concept(FhirCodes.CONDITION_CATEGORY, "encounter-diagnosis", "Encounter Diagnosis"));
                condition.setCode(local("difficulty-" + d.factor.name().toLowerCase().replace('_', '-'),
                        "Letdown difficulty: " + d.factor.name().toLowerCase().replace('_', ' ')));
                condition.setSeverity(severity(d.severity));
                condition.setSubject(parent);
                condition.setEncounter(encounter);
                condition.setRecordedDateElement(at);
                condition.setAsserter(practitioner(c.consultant));
                if (d.detail != null) {
                    condition.addNote().setText(d.detail);
                }
                add("Condition", d.id, condition);
            }
        }

        void weighIn(WeighIn w) {
            Reference baby = babies.get(w.baby.id);
            if (baby != null) {
                add("Observation/weigh-in", w.id, weight(baby, w.grams, new DateTimeType(w.weighedOn.toString())));
            }
        }

        void carePlan(CarePlan plan) {
            org.hl7.fhir.r4.model.CarePlan p = new org.hl7.fhir.r4.model.CarePlan();
            p.addIdentifier(identifier("care-plan", plan.id));
            p.setStatus(switch (plan.status) {
                case DRAFT -> CarePlanStatus.DRAFT;
                case ACTIVE -> CarePlanStatus.ACTIVE;
                case ON_HOLD -> CarePlanStatus.ONHOLD;
                case COMPLETED -> CarePlanStatus.COMPLETED;
                case REVOKED -> CarePlanStatus.REVOKED;
            });
            p.setIntent(CarePlanIntent.PLAN);
            p.setTitle(plan.title);
            p.setSubject(parent);
            p.setAuthor(practitioner(plan.author));
            p.setCreatedElement(dateTime(plan.createdAt));
            if (plan.periodStart != null) {
                p.setPeriod(new Period().setStartElement(new DateTimeType(plan.periodStart.toString())));
                if (plan.periodEnd != null) {
                    p.getPeriod().setEndElement(new DateTimeType(plan.periodEnd.toString()));
                }
            }
            for (clinic.letdown.careplan.Goal g : plan.goals) {
                Goal goal = new Goal();
                goal.setLifecycleStatus(switch (g.status) {
                    case IN_PROGRESS -> plan.status.isFinal() ? Goal.GoalLifecycleStatus.COMPLETED : Goal.GoalLifecycleStatus.ACTIVE;
                    case ACHIEVED, NOT_ACHIEVED -> Goal.GoalLifecycleStatus.COMPLETED;
                    case CANCELLED -> Goal.GoalLifecycleStatus.CANCELLED;
                });
                if (g.status != clinic.letdown.careplan.GoalStatus.CANCELLED) {
                    goal.setAchievementStatus(switch (g.status) {
                        case ACHIEVED -> concept(FhirCodes.GOAL_ACHIEVEMENT, "achieved", "Achieved");
                        case NOT_ACHIEVED -> concept(FhirCodes.GOAL_ACHIEVEMENT, "not-achieved", "Not Achieved");
                        default -> concept(FhirCodes.GOAL_ACHIEVEMENT, "in-progress", "In Progress");
                    });
                }
                goal.setDescription(new CodeableConcept().setText(g.description));
                goal.setSubject(parent);
                if (g.dueOn != null) {
                    goal.addTarget().setDue(new DateType(g.dueOn.toString()));
                }
                if (g.target != null) {
                    goal.addNote().setText(g.target);
                }
                p.addGoal(add("Goal", g.id, goal));
            }
            for (Activity a : plan.activities) {
                org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent detail = p.addActivity().getDetail();
                detail.setStatus(switch (a.status) {
                    case NOT_STARTED -> CarePlanActivityStatus.NOTSTARTED;
                    case IN_PROGRESS -> CarePlanActivityStatus.INPROGRESS;
                    case COMPLETED -> CarePlanActivityStatus.COMPLETED;
                    case STOPPED -> CarePlanActivityStatus.STOPPED;
                });
                detail.setCode(local("strategy-" + a.strategy.id, a.strategy.name));
                if (a.instructions != null) {
                    detail.setDescription(a.instructions);
                }
                if (a.frequency != null) {
                    detail.setScheduled(new StringType(a.frequency));
                }
            }
            add("CarePlan", plan.id, p);
        }

        void logEntry(LetdownLogEntry e) {
            Observation o = observation(local("letdown-log-entry", "Letdown log entry (client-reported)"), "survey",
                    "Survey", parent, null, dateTime(e.occurredAt));
            o.addComponent().setCode(local("feed-kind", "Feeding or pumping"))
                    .setValue(local(e.feedKind.name().toLowerCase(), e.feedKind == clinic.letdown.letdownlog.FeedKind.FEEDING
                            ? "Feeding at the breast" : "Pumping"));
            if (e.letdownCame()) {
                o.addComponent().setCode(local("minutes-to-letdown", "Minutes until letdown"))
                        .setValue(new Quantity().setValue(e.minutesToLetdown).setSystem(FhirCodes.UCUM).setCode("min")
                                .setUnit("min"));
            } else {
                o.addComponent().setCode(local("letdown-did-not-come", "Letdown did not come"))
                        .setValue(new org.hl7.fhir.r4.model.BooleanType(true));
            }
            if (e.stress != null) {
                o.addComponent().setCode(local("stress", "Stress, 0-10 (client-reported)"))
                        .setValue(new org.hl7.fhir.r4.model.IntegerType(e.stress));
            }
            if (e.pain != null) {
                o.addComponent().setCode(concept(FhirCodes.LOINC, FhirCodes.PAIN,
                        "Pain severity - 0-10 verbal numeric rating [Score] - Reported"))
                        .setValue(new org.hl7.fhir.r4.model.IntegerType(e.pain));
            }
            if (e.pumpedMl != null) {
                o.addComponent().setCode(local("pumped-volume", "Volume pumped"))
                        .setValue(new Quantity().setValue(e.pumpedMl).setSystem(FhirCodes.UCUM).setCode("mL").setUnit("mL"));
            }
            if (e.note != null) {
                o.addNote().setText(e.note);
            }
            add("Observation/letdown-log", e.id, o);
        }

        Observation observation(CodeableConcept code, String category, String categoryName, Reference subject,
                Reference encounter, DateTimeType at) {
            Observation o = new Observation();
            o.setStatus(ObservationStatus.FINAL);
            o.addCategory(FhirCodes.category(category, categoryName));
            o.setCode(code);
            o.setSubject(subject);
            if (encounter != null) {
                o.setEncounter(encounter);
            }
            o.setEffective(at);
            return o;
        }

        /** Body weight as the R4 vital-signs profile wants it: LOINC 29463-7 in UCUM grams. */
        Observation weight(Reference baby, int grams, DateTimeType at) {
            Observation o = observation(concept(FhirCodes.LOINC, FhirCodes.BODY_WEIGHT, "Body weight"), "vital-signs",
                    "Vital Signs", baby, null, at);
            o.setValue(grams(grams));
            return o;
        }

        static Quantity grams(int grams) {
            return new Quantity().setValue(grams).setSystem(FhirCodes.UCUM).setCode("g").setUnit("g");
        }

        /** SNOMED CT mild / moderate / severe, with the clinic's 0-10 score as the text. */
        static CodeableConcept severity(int score) {
            String[] s = score <= 3 ? new String[] { "255604002", "Mild" }
                    : score <= 6 ? new String[] { "6736007", "Moderate" } : new String[] { "24484000", "Severe" };
            return new CodeableConcept().addCoding(new Coding(FhirCodes.SNOMED, s[0], s[1])).setText(score + "/10");
        }

        Identifier identifier(String kind, long id) {
            return new Identifier().setSystem(urls.identifier(kind)).setValue(String.valueOf(id));
        }

        static DateTimeType dateTime(Instant instant) {
            return FhirCodes.dateTime(instant);
        }

        static String slug(Enum<?> value) {
            return value.name().toLowerCase().replace('_', '-');
        }

        static String kindName(ConsultationKind kind) {
            return switch (kind) {
                case INITIAL -> "Initial lactation consultation";
                case FOLLOW_UP -> "Follow-up lactation consultation";
                case TELEHEALTH -> "Telehealth lactation consultation";
                case PHONE -> "Lactation consultation by phone";
            };
        }
    }
}
