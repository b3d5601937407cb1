// Starts GOV.UK Frontend's components (error summary focus, header menu, and others).
import { initAll } from "./govuk-frontend.min.js";

initAll();
