// A short invented report the shipped model (data/learn/kinds-model.json) drops, for the tests that must see the
// learned step change the facts through a flag (`sitrep extract --learned`, ingest workers, `sitrep watch`): a
// kindergarten's opening that recalls last year's damage. The rules read the damage (historical, no count); the model
// reads no event in the text. Chosen far below the drop (p 0.08 against drop 0.35 when written, seventeenth session),
// so that retraining after other rule changes does not flip these tests; learn.test.ts checks the margin and says so
// when a retrain has eaten it.
export const DROPPED_BY_SHIPPED =
  'В Курской области открылся новый детский сад. Губернатор напомнил, что в прошлом году беспилотник повредил крышу ' +
  'здания. Ремонт занял полгода. Родители поблагодарили строителей, а дети подготовили концерт и выставку рисунков.';
