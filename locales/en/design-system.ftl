## Design system: a working example of every component.

design-system-title = Design system
design-system-lead = Working examples of the components this service uses, in your language.
design-system-notice = Examples use the terms of the
design-system-surname-label = Surname
design-system-surname-hint = As printed in your passport, in Latin letters.
design-system-surname-missing = Enter your surname
design-system-identifier-legend = Which number will you use?
design-system-identifier-ssn-hint = Only if you already have one.
design-system-identifier-missing = Select the number you will use
design-system-documents-legend = Which documents do you have?
design-system-documents-hint = Select all that apply.
design-system-documents-missing = Select at least one document
design-system-birth-legend = Date of birth
design-system-birth-hint = For example, 12 8 1974
design-system-birth-missing = Enter your date of birth as day, month and year
design-system-submit = Check the example
design-system-reset = Start again
design-system-panel-title = Example complete
design-system-panel-body = Every example answer was given.
design-system-summary-heading = Your example answers
