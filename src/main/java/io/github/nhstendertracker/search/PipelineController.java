package io.github.nhstendertracker.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The expiry pipeline page: which awarded contracts end in the next two years. */
@Controller
class PipelineController {

	private final ContractPipeline pipeline;

	PipelineController(ContractPipeline pipeline) {
		this.pipeline = pipeline;
	}

	@GetMapping("/pipeline")
	String pipeline(Model model) {
		model.addAttribute("pipeline", this.pipeline.pipeline());
		return "tenders/pipeline";
	}

}
