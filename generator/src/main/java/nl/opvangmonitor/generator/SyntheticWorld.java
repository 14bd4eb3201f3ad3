package nl.opvangmonitor.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Everything a run generates, for one set of parameters, seed and range: the leads, the locations
 * and their inventories (held in memory: they are few), and the households, made one at a time in
 * index order and handed on, so memory stays flat however many persons there are.
 */
public final class SyntheticWorld {
    public final GeneratorParameters params;
    final long seed;
    final LocalDate from;
    final LocalDate to;
    final List<KsoLeads.Lead> leads;
    final LocationPlan locations;
    final List<Inventory.Round> inventory;
    private final Households households;

    public SyntheticWorld(GeneratorParameters params, long seed, LocalDate from, LocalDate to) {
        this.params = params;
        this.seed = seed;
        this.from = from;
        this.to = to;
        this.leads = KsoLeads.generate(seed, params.locations().leadMultiplier());
        this.locations = LocationPlan.build(params.locations(), seed, Households.warmupStart(params, from),
                to.plusYears(1), leads);
        this.inventory = Inventory.generate(params.locations(), seed, locations.all(), from, to);
        this.households = new Households(params, seed, locations, from, to);
    }

    /**
     * Hands every household to the consumer in index order until the persons are reached (the last
     * family may be cut short); {@code progress} hears the persons done now and then.
     */
    void forEachHousehold(Consumer<Household> consumer, LongConsumer progress) {
        long persons = params.persons();
        long done = 0;
        long step = Math.max(1, persons / 20);
        long nextReport = step;
        for (long h = 0; done < persons; h++) {
            Household household = households.create(h, done, (int) Math.min(Integer.MAX_VALUE, persons - done));
            consumer.accept(household);
            done += household.children().size();
            if (done >= nextReport) {
                progress.accept(done);
                nextReport += step;
            }
        }
    }
}
