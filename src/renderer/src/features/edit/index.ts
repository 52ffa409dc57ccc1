/** Forms and details for editing actors, ties and forums, and the small editing parts other features reuse. */
export { ActorDetails } from './ActorDetails';
export { ActorSelect } from './ActorSelect';
export { AddActorForm } from './AddActorForm';
export { AddTieForm } from './AddTieForm';
export { RoleOptions, SectorOptions } from './CodeOptions';
export { AddForumForm, ForumDetails } from './ForumEditing';
export { useDraft } from './use-draft';
export { TieDetails } from './TieDetails';
export { AttributeFields, withAttribute } from './AttributeFields';
export { freshId } from './new-id';
export { numberText, readNumberText } from './fields';
