package nl.stapwijs.demo;

import java.time.Clock;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.coaching.CoachingService;
import nl.stapwijs.coaching.LevelService;
import nl.stapwijs.coaching.LogService;
import nl.stapwijs.coaching.ObservationService;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.hardware.simulated.SimulatedDevices;
import nl.stapwijs.production.FloorService;
import nl.stapwijs.production.Journal;
import nl.stapwijs.production.ProductService;
import nl.stapwijs.station.StationRuntimes;
import nl.stapwijs.wagevalue.NormService;
import nl.stapwijs.wagevalue.RosterService;
import nl.stapwijs.wagevalue.WageValueRollups;
import nl.stapwijs.workforce.StaffService;
import nl.stapwijs.workforce.WorkforceService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "stapwijs.demo.enabled", havingValue = "true")
class DemoConfiguration {

    /** Seeded while the context starts, so the floor and the stations see the demo from their first moment. */
    @Bean
    DemoWorkshop demoWorkshop(WorkforceService workforce, ProductService products, InstructionService instructions,
            Journal journal, StaffService staff, Clock clock, StapwijsProperties properties, CoachingService coaching,
            LevelService levels, LogService log, ObservationService observations, NormService norms,
            RosterService rosters, WageValueRollups rollups, nl.stapwijs.production.OrderService orders) {
        DemoWorkshop workshop = new DemoWorkshop(workforce, products, instructions, journal, staff, clock, properties,
                new DemoCoaching(coaching, levels, log, observations, staff, instructions, clock, properties), orders);
        workshop.seedIfEmpty();
        new DemoWageValue(workforce, instructions, norms, rosters, rollups, clock, properties).seedIfEmpty();
        return workshop;
    }

    /** {@code ./stapwijs demo} sets stapwijs.demo.live: a few simulated workers keep the floor moving. */
    @Bean(initMethod = "start", destroyMethod = "close")
    @ConditionalOnProperty(name = "stapwijs.demo.live", havingValue = "true")
    DemoFloor demoFloor(DemoWorkshop seeded, StationRuntimes runtimes, SimulatedDevices devices, FloorService floor,
            ProductService products, StapwijsProperties properties) {
        return new DemoFloor(runtimes, devices, floor, products, properties.demo().seed());
    }
}
