// Restoration of placeholders in answers (streamed or whole).
export {
  Restorer,
  restoreText,
  type RestorationReport,
  type RestoredForm,
  type RestoredPlaceholder,
  type UnrestoredPlaceholder,
} from './restorer';
