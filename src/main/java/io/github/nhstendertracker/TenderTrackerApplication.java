package io.github.nhstendertracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TenderTrackerApplication {

	public static void main(String[] args) {
		SpringApplication.run(TenderTrackerApplication.class, args);
	}

}
