package io.github.nhstendertracker;

import java.util.Arrays;

import io.github.nhstendertracker.imports.ImportCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TenderTrackerApplication {

	public static void main(String[] args) {
		if (args.length > 0 && ImportCommand.NAME.equals(args[0])) {
			System.exit(ImportCommand.run(TenderTrackerApplication.class, Arrays.copyOfRange(args, 1, args.length),
					System.out, System.err));
		}
		SpringApplication.run(TenderTrackerApplication.class, args);
	}

}
