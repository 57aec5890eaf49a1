/**
 * Stage 3: the actor dictionary (models/) and the resolution of mentions to states, leaders and organisations
 * by the counting conventions. Entry points: {@link org.entente.actors.DictionaryLoader},
 * {@link org.entente.actors.ActorResolver}.
 */
package org.entente.actors;
