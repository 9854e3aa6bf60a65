package nl.stapwijs.demo;

import java.time.Clock;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.coaching.CoachingService;
import nl.stapwijs.coaching.LevelService;
import nl.stapwijs.coaching.LogService;
import nl.stapwijs.coaching.ObservationService;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.hardware.StationDevices;
import nl.stapwijs.production.FloorService;
import nl.stapwijs.production.Journal;
import nl.stapwijs.production.ProductService;
import nl.stapwijs.station.StationRuntimes;
import nl.stapwijs.wagevalue.NormService;
import nl.stapwijs.wagevalue.RosterService;
import nl.stapwijs.wagevalue.WageValueRollups;
import nl.stapwijs.workforce.StaffService;
import nl.stapwijs.workforce.WorkforceService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo workshop. Its beans always exist and the settings decide, when the app starts,
 * whether they seed or move anything: bean conditions would be fixed when the jar is built
 * (Spring AOT), and the same jar runs the demo, a hub and a station.
 */
@Configuration(proxyBeanMethods = false)
class DemoConfiguration {

    /**
     * With {@code stapwijs.demo.enabled}: seeded while the context starts, so the floor and the
     * stations see the demo from their first moment.
     */
    @Bean
    DemoWorkshop demoWorkshop(WorkforceService workforce, ProductService products, InstructionService instructions,
            Journal journal, StaffService staff, Clock clock, StapwijsProperties properties, CoachingService coaching,
            LevelService levels, LogService log, ObservationService observations, NormService norms,
            RosterService rosters, WageValueRollups rollups, nl.stapwijs.production.OrderService orders) {
        DemoWorkshop workshop = new DemoWorkshop(workforce, products, instructions, journal, staff, clock, properties,
                new DemoCoaching(coaching, levels, log, observations, staff, instructions, clock, properties), orders);
        if (properties.demo().enabled()) {
            workshop.seedIfEmpty();
            new DemoWageValue(workforce, instructions, norms, rosters, rollups, clock, properties).seedIfEmpty();
        }
        return workshop;
    }

    /** {@code ./stapwijs demo} sets stapwijs.demo.live: a few simulated workers keep the floor moving. */
    @Bean(destroyMethod = "close")
    DemoFloor demoFloor(DemoWorkshop seeded, StationRuntimes runtimes, StationDevices devices, FloorService floor,
            ProductService products, StapwijsProperties properties,
            @Value("${stapwijs.demo.live:false}") boolean live) {
        DemoFloor demoFloor = new DemoFloor(runtimes, devices, floor, products, properties.demo().seed());
        if (live && properties.demo().enabled()) {
            demoFloor.start();
        }
        return demoFloor;
    }
}
