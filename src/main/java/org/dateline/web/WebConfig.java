package org.dateline.web;

import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebConfig {

	/**
	 * Requests Tomcat rejects before Spring sees them (a malformed URL, say) get Tomcat's
	 * own error page; this valve keeps it to the status line, without a report or the
	 * server's name and version.
	 */
	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> quietContainerErrors() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			ErrorReportValve valve = new ErrorReportValve();
			valve.setShowReport(false);
			valve.setShowServerInfo(false);
			context.getParent().getPipeline().addValve(valve);
		});
	}

}
