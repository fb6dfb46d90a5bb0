package london.loti.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** LOTI Hub: the software of the London Office of Technology and Innovation. */
@SpringBootApplication
@EnableScheduling
public class LotiHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(LotiHubApplication.class, args);
    }
}
