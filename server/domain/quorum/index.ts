export * from './types';
export {
  evaluateQuorum,
  evaluateAgenda,
  evaluatePrepared,
  quorumTimeline,
  type QuorumChange,
} from './evaluate';
export { prepareSituation, neededFor, countedSeats, mayRepresent, type PreparedSituation } from './prepare';
export { forecastQuorum, type ForecastSituation } from './forecast';
export { explainVerdict, summarize, summarizeForecast, berlinClock, type QuorumLocale } from './explain';
