package nl.stapwijs.station;

import java.time.Clock;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.coaching.SupportLevels;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.production.Journal;
import nl.stapwijs.production.OrderService;
import nl.stapwijs.production.ProductService;
import nl.stapwijs.workforce.WorkforceService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StationConfiguration {

    @Bean
    StationServices stationServices(Journal journal, WorkforceService workforce, InstructionService instructions,
            ProductService products, OrderService orders, SupportLevels supportLevels, Clock clock,
            StapwijsProperties properties) {
        return new StationServices(journal, workforce, instructions, products, orders, supportLevels, clock,
                properties.zone());
    }
}
